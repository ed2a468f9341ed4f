"""SQLAlchemy column type that encrypts national-ID numbers at rest.

Values are encrypted deterministically so the column can still carry a
unique index and be used in equality lookups.
"""
import base64
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms
from cryptography.hazmat.primitives.ciphers import modes as cmodes
from sqlalchemy.types import String, TypeDecorator

_BLOCK_BITS = 128


def _key_from_env(var: str = "NATIONAL_ID_KEY") -> bytes:
    return base64.b64decode(os.environ[var])


class EncryptedNationalId(TypeDecorator):
    impl = String(128)
    cache_ok = True

    def __init__(self, key_env: str = "NATIONAL_ID_KEY", *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._key_env = key_env
        self._mode_factory = cmodes.ECB

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(_key_from_env(self._key_env)), self._mode_factory())

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        padder = padding.PKCS7(_BLOCK_BITS).padder()
        data = padder.update(value.strip().upper().encode("utf-8")) + padder.finalize()
        enc = self._cipher().encryptor()
        return base64.b64encode(enc.update(data) + enc.finalize()).decode("ascii")

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        dec = self._cipher().decryptor()
        data = dec.update(base64.b64decode(value)) + dec.finalize()
        unpadder = padding.PKCS7(_BLOCK_BITS).unpadder()
        return (unpadder.update(data) + unpadder.finalize()).decode("utf-8")
