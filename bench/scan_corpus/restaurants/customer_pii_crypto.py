"""Field-level encryption for customer contact details in the ordering database.

Phone numbers and delivery addresses are encrypted before they are written so
that analytics replicas never see them in clear text.
"""
from __future__ import annotations

import base64
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12
KEY_VERSION = b"v1"


class FieldCipher:
    def __init__(self, key: bytes):
        if len(key) not in (16, 24, 32):
            raise ValueError("AES key must be 128, 192 or 256 bits")
        self._aead = AESGCM(key)

    @classmethod
    def from_env(cls, var: str = "PII_FIELD_KEY") -> "FieldCipher":
        return cls(base64.b64decode(os.environ[var]))

    def encrypt(self, value: str, *, column: str) -> str:
        nonce = os.urandom(NONCE_BYTES)
        ct = self._aead.encrypt(nonce, value.encode("utf-8"), column.encode())
        return (KEY_VERSION + b":" + base64.b64encode(nonce + ct)).decode("ascii")

    def decrypt(self, token: str, *, column: str) -> str:
        version, _, payload = token.encode("ascii").partition(b":")
        if version != KEY_VERSION:
            raise ValueError(f"unsupported key version {version!r}")
        raw = base64.b64decode(payload)
        nonce, ct = raw[:NONCE_BYTES], raw[NONCE_BYTES:]
        return self._aead.decrypt(nonce, ct, column.encode()).decode("utf-8")


def encrypt_customer_row(cipher: FieldCipher, row: dict) -> dict:
    out = dict(row)
    for column in ("phone", "delivery_address"):
        if out.get(column):
            out[column] = cipher.encrypt(out[column], column=column)
    return out
