"""Encrypt customer exports before they are uploaded to cold storage."""
from __future__ import annotations

import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class ExportSealer:
    NONCE_SIZE = 12

    def __init__(self, key: bytes) -> None:
        if len(key) not in (16, 24, 32):
            raise ValueError("AES key must be 128, 192 or 256 bits")
        self._aead = AESGCM(key)

    @classmethod
    def from_env(cls) -> "ExportSealer":
        return cls(bytes.fromhex(os.environ["EXPORT_SEAL_KEY"]))

    def seal(self, data: bytes, export_id: str) -> bytes:
        nonce = os.urandom(self.NONCE_SIZE)
        return nonce + self._aead.encrypt(nonce, data, export_id.encode())

    def open(self, blob: bytes, export_id: str) -> bytes:
        nonce, ct = blob[: self.NONCE_SIZE], blob[self.NONCE_SIZE :]
        return self._aead.decrypt(nonce, ct, export_id.encode())
