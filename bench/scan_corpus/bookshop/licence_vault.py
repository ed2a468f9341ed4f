"""Encrypts licence records for e-book watermarking before they are stored.

Each record is sealed with AES-256-GCM; the random 96-bit nonce is stored in
front of the ciphertext and the ISBN is bound in as associated data.
"""
import json
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM as _AESGCM

NONCE_BYTES = 12


class LicenceVault:
    def __init__(self, key: bytes):
        if len(key) != 32:
            raise ValueError("expected a 256-bit key")
        self._aead = _AESGCM(key)

    @classmethod
    def from_env(cls, var: str = "LICENCE_VAULT_KEY") -> "LicenceVault":
        return cls(bytes.fromhex(os.environ[var]))

    def seal(self, isbn: str, record: dict) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        plaintext = json.dumps(record, separators=(",", ":")).encode("utf-8")
        return nonce + self._aead.encrypt(nonce, plaintext, isbn.encode("ascii"))

    def open(self, isbn: str, blob: bytes) -> dict:
        nonce, ciphertext = blob[:NONCE_BYTES], blob[NONCE_BYTES:]
        plaintext = self._aead.decrypt(nonce, ciphertext, isbn.encode("ascii"))
        return json.loads(plaintext)
