"""Symmetric encryption for cloud save blobs.

Format: b"GSAV2" || nonce (12 bytes) || AES-GCM ciphertext+tag.
The player id is bound as associated data so a blob can't be moved
between accounts.
"""
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

HEADER = b"GSAV2"
NONCE_LEN = 12


class CloudSaveCipher:
    def __init__(self, key: bytes) -> None:
        if len(key) not in (16, 32):
            raise ValueError("key must be 128 or 256 bits")
        self._aead = AESGCM(key)

    @classmethod
    def from_env(cls, var: str = "SAVE_BLOB_KEY") -> "CloudSaveCipher":
        return cls(bytes.fromhex(os.environ[var]))

    def seal(self, player_id: int, blob: bytes) -> bytes:
        nonce = os.urandom(NONCE_LEN)
        return HEADER + nonce + self._aead.encrypt(nonce, blob, str(player_id).encode())

    def open(self, player_id: int, sealed: bytes) -> bytes:
        if not sealed.startswith(HEADER):
            raise ValueError("not a sealed save blob")
        body = sealed[len(HEADER):]
        nonce, ciphertext = body[:NONCE_LEN], body[NONCE_LEN:]
        return self._aead.decrypt(nonce, ciphertext, str(player_id).encode())
