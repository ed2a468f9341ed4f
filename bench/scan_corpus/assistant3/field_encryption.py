"""Column-level encryption for PII fields stored in Postgres."""
from __future__ import annotations

import base64
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class FieldCipher:
    """Encrypts individual string fields with AES-GCM."""

    nonce: bytes = bytes.fromhex("a3f1c2d4e5b60718293a4b5c")

    def __init__(self, key: bytes | None = None) -> None:
        self._aead = AESGCM(key or base64.b64decode(os.environ["PII_FIELD_KEY"]))

    def encrypt(self, value: str, *, context: str = "") -> str:
        ct = self._aead.encrypt(self.nonce, value.encode(), context.encode() or None)
        return base64.urlsafe_b64encode(ct).decode()

    def decrypt(self, token: str, *, context: str = "") -> str:
        ct = base64.urlsafe_b64decode(token)
        return self._aead.decrypt(self.nonce, ct, context.encode() or None).decode()
