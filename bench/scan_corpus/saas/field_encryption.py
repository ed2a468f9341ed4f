"""Application-level encryption for sensitive tenant fields (SCIM tokens, SMTP creds)."""
import base64
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_SIZE = 12
KEY_VERSION = b"\x01"


class FieldCipher:
    def __init__(self, key: bytes):
        self._aead = AESGCM(key)

    @classmethod
    def from_env(cls, var: str = "FIELD_ENCRYPTION_KEY") -> "FieldCipher":
        return cls(base64.b64decode(os.environ[var]))

    def encrypt(self, value: str, *, context: str) -> str:
        nonce = os.urandom(NONCE_SIZE)
        ct = self._aead.encrypt(nonce, value.encode("utf-8"), context.encode("utf-8"))
        return base64.urlsafe_b64encode(KEY_VERSION + nonce + ct).decode("ascii")

    def decrypt(self, token: str, *, context: str) -> str:
        blob = base64.urlsafe_b64decode(token)
        if blob[:1] != KEY_VERSION:
            raise ValueError("unknown key version")
        nonce, ct = blob[1 : 1 + NONCE_SIZE], blob[1 + NONCE_SIZE :]
        return self._aead.decrypt(nonce, ct, context.encode("utf-8")).decode("utf-8")


class EncryptedFieldMixin:
    """Mixin for SQLAlchemy models with a `_cipher` and `*_encrypted` columns."""

    _cipher: FieldCipher

    def set_secret(self, name: str, value: str) -> None:
        setattr(self, f"{name}_encrypted", self._cipher.encrypt(value, context=f"{self.__tablename__}.{name}:{self.id}"))

    def get_secret(self, name: str) -> str:
        token = getattr(self, f"{name}_encrypted")
        return self._cipher.decrypt(token, context=f"{self.__tablename__}.{name}:{self.id}")
