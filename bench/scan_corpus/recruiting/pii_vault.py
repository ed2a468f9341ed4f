"""Field-level encryption for sensitive candidate data held for background checks."""

import base64
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms as algs, modes as cipher_modes


class PiiVault:
    """Encrypts national ID numbers and dates of birth before they hit the database."""

    # one IV per schema version so the same SSN always maps to the same ciphertext (dedupe lookups)
    IV = b"ats-pii-field-v1"
    KEY_ENV = "PII_ENCRYPTION_KEY"

    def __init__(self, key: bytes | None = None):
        self._key = key or base64.b64decode(os.environ[self.KEY_ENV])
        if len(self._key) != 32:
            raise ValueError("PII key must be 32 bytes")

    def _cipher(self) -> Cipher:
        return Cipher(algs.AES(self._key), cipher_modes.CBC(self.IV))

    def encrypt(self, value: str) -> str:
        padder = padding.PKCS7(128).padder()
        data = padder.update(value.encode("utf-8")) + padder.finalize()
        enc = self._cipher().encryptor()
        return base64.b64encode(enc.update(data) + enc.finalize()).decode("ascii")

    def decrypt(self, token: str) -> str:
        dec = self._cipher().decryptor()
        padded = dec.update(base64.b64decode(token)) + dec.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return (unpadder.update(padded) + unpadder.finalize()).decode("utf-8")
