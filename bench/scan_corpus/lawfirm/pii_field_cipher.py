"""Column-level encryption for sensitive matter fields.

Used for SSNs, dates of birth and bank account numbers captured during
intake. Values are short, so the ciphertext is stored base64-encoded in a
plain text column.
"""
import base64
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


class FieldCipher:
    block_bits = 128
    mode_factory = modes.ECB
    key_env_var = "MATTER_PII_KEY"

    def __init__(self, key: bytes) -> None:
        if len(key) not in (16, 24, 32):
            raise ValueError("AES key must be 128, 192 or 256 bits")
        self._key = key

    @classmethod
    def from_env(cls) -> "FieldCipher":
        return cls(base64.b64decode(os.environ[cls.key_env_var]))

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), self.mode_factory())

    def encrypt(self, value: str) -> str:
        padder = padding.PKCS7(self.block_bits).padder()
        data = padder.update(value.encode("utf-8")) + padder.finalize()
        encryptor = self._cipher().encryptor()
        return base64.b64encode(encryptor.update(data) + encryptor.finalize()).decode("ascii")

    def decrypt(self, token: str) -> str:
        decryptor = self._cipher().decryptor()
        data = decryptor.update(base64.b64decode(token)) + decryptor.finalize()
        unpadder = padding.PKCS7(self.block_bits).unpadder()
        return (unpadder.update(data) + unpadder.finalize()).decode("utf-8")


class EncryptedFieldMixin:
    """Mixin for Django model fields; encrypts on save, decrypts on load."""

    _cipher = None

    @classmethod
    def cipher(cls) -> FieldCipher:
        if cls._cipher is None:
            cls._cipher = FieldCipher.from_env()
        return cls._cipher

    def get_prep_value(self, value):
        if value in (None, ""):
            return value
        return self.cipher().encrypt(str(value))

    def from_db_value(self, value, expression, connection):
        if value in (None, ""):
            return value
        return self.cipher().decrypt(value)
