"""Encrypt uploaded documents at rest."""
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_LEN = 12


class DocumentVault:
    def __init__(self, key: bytes):
        if len(key) not in (16, 24, 32):
            raise ValueError("AES key must be 128, 192 or 256 bits")
        self._aead = AESGCM(key)

    def seal(self, doc_id: str, payload: bytes) -> bytes:
        nonce = os.urandom(NONCE_LEN)
        return nonce + self._aead.encrypt(nonce, payload, doc_id.encode())

    def open(self, doc_id: str, blob: bytes) -> bytes:
        nonce, ciphertext = blob[:NONCE_LEN], blob[NONCE_LEN:]
        return self._aead.decrypt(nonce, ciphertext, doc_id.encode())
