"""Field encryption for heritage clients' lender details kept with restoration records."""
import os
from typing import Optional

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from sqlalchemy import String, TypeDecorator

NONCE_LEN = 12
_VERSION = b"\x01"


def _key() -> bytes:
    key = bytes.fromhex(os.environ["RECORD_FIELD_KEY"])
    if len(key) != 32:
        raise RuntimeError("RECORD_FIELD_KEY must be 64 hex characters")
    return key


class FieldCipher:
    def __init__(self, key: Optional[bytes] = None):
        self._aead = ChaCha20Poly1305(key or _key())

    def encrypt(self, plaintext: str, context: str) -> bytes:
        nonce = os.urandom(NONCE_LEN)
        sealed = self._aead.encrypt(nonce, plaintext.encode("utf-8"), context.encode())
        return _VERSION + nonce + sealed

    def decrypt(self, blob: bytes, context: str) -> str:
        if blob[:1] != _VERSION:
            raise ValueError("unknown field format")
        nonce, sealed = blob[1:1 + NONCE_LEN], blob[1 + NONCE_LEN:]
        return self._aead.decrypt(nonce, sealed, context.encode()).decode("utf-8")


class EncryptedText(TypeDecorator):
    """SQLAlchemy column type storing text encrypted, hex-encoded."""

    impl = String
    cache_ok = True

    def __init__(self, context: str, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.context = context
        self._cipher: Optional[FieldCipher] = None

    @property
    def cipher(self) -> FieldCipher:
        if self._cipher is None:
            self._cipher = FieldCipher()
        return self._cipher

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        return self.cipher.encrypt(value, self.context).hex()

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return self.cipher.decrypt(bytes.fromhex(value), self.context)
