"""Encryption of health-data exports emailed to athletes and coaches.

Each export gets a fresh nonce; the output blob is ``nonce || ciphertext``.
"""
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class ExportCipher:
    NONCE_BYTES = 12
    KEY_ENV = "HEALTH_EXPORT_KEY"

    def __init__(self, key: bytes | None = None):
        key = key or bytes.fromhex(os.environ[self.KEY_ENV])
        self._aead = AESGCM(key)

    def seal(self, payload: bytes, athlete_id: int) -> bytes:
        nonce = os.urandom(self.NONCE_BYTES)
        aad = f"athlete:{athlete_id}".encode()
        return nonce + self._aead.encrypt(nonce, payload, aad)

    def open(self, blob: bytes, athlete_id: int) -> bytes:
        nonce, ciphertext = blob[: self.NONCE_BYTES], blob[self.NONCE_BYTES :]
        aad = f"athlete:{athlete_id}".encode()
        return self._aead.decrypt(nonce, ciphertext, aad)
