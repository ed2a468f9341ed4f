"""Encrypted SQLAlchemy column type for OAuth refresh tokens (INT-88).

Values are encrypted with AES-256-GCM. Each value gets its own random
96-bit nonce, stored in front of the ciphertext; the column name is bound in
as associated data so ciphertexts cannot be swapped between columns.
"""
from __future__ import annotations

import base64
import os
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy.engine import Dialect
from sqlalchemy.types import String, TypeDecorator

NONCE_SIZE = 12
KEY_ENV_VAR = "FIELD_ENCRYPTION_KEY"


class EncryptedText(TypeDecorator[str]):
    """``String`` column encrypted with AES-GCM before it reaches the database."""

    impl = String
    cache_ok = True

    def __init__(self, *args: Any, context: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._aad = context.encode("utf-8")

    @staticmethod
    def _aead() -> AESGCM:
        return AESGCM(base64.b64decode(os.environ[KEY_ENV_VAR]))

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        nonce = os.urandom(NONCE_SIZE)
        ciphertext = self._aead().encrypt(nonce, value.encode("utf-8"), self._aad)
        return base64.b64encode(nonce + ciphertext).decode("ascii")

    def process_result_value(self, value: str | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        blob = base64.b64decode(value)
        nonce, ciphertext = blob[:NONCE_SIZE], blob[NONCE_SIZE:]
        return self._aead().decrypt(nonce, ciphertext, self._aad).decode("utf-8")
