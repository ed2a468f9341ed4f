"""Transparent encryption for the ``integrations.api_token`` column.

SEC-41: partner API tokens must not be stored in plaintext. The key is
provided by the deployment as a base64 value in ``TOKEN_ENCRYPTION_KEY``.
"""
from __future__ import annotations

import base64
import os
from typing import Any

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from sqlalchemy.engine import Dialect
from sqlalchemy.types import String, TypeDecorator


def _load_key() -> bytes:
    key = base64.b64decode(os.environ["TOKEN_ENCRYPTION_KEY"])
    if len(key) != 32:
        raise RuntimeError("TOKEN_ENCRYPTION_KEY must decode to 32 bytes")
    return key


class EncryptedString(TypeDecorator[str]):
    """A ``String`` column whose values are AES-encrypted at rest.

    Usage::

        api_token: Mapped[str] = mapped_column(EncryptedString(512))
    """

    impl = String
    cache_ok = True

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._cipher = Cipher(algorithms.AES(_load_key()), modes.ECB())

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        padder = padding.PKCS7(algorithms.AES.block_size).padder()
        padded = padder.update(value.encode("utf-8")) + padder.finalize()
        encryptor = self._cipher.encryptor()
        ciphertext = encryptor.update(padded) + encryptor.finalize()
        return base64.b64encode(ciphertext).decode("ascii")

    def process_result_value(self, value: str | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        decryptor = self._cipher.decryptor()
        padded = decryptor.update(base64.b64decode(value)) + decryptor.finalize()
        unpadder = padding.PKCS7(algorithms.AES.block_size).unpadder()
        return (unpadder.update(padded) + unpadder.finalize()).decode("utf-8")
