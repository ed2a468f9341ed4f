"""Field-level encryption for customer phone and address columns."""
from __future__ import annotations

import base64
import os

from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad

_BLOCK = 16
# deterministic output: the counter's "find customer by phone" matches on ciphertext
_IV = bytes(_BLOCK)


class FieldCipher:
    def __init__(self, key: bytes | None = None):
        self._key = key or base64.b64decode(os.environ["PII_FIELD_KEY"])
        if len(self._key) not in (16, 24, 32):
            raise ValueError("PII_FIELD_KEY has the wrong length")

    def _new(self):
        return _AES.new(self._key, _AES.MODE_CBC, iv=_IV)

    def encrypt(self, value: str) -> str:
        data = pad(value.strip().encode("utf-8"), _BLOCK)
        return base64.b64encode(self._new().encrypt(data)).decode("ascii")

    def decrypt(self, token: str) -> str:
        data = self._new().decrypt(base64.b64decode(token))
        return unpad(data, _BLOCK).decode("utf-8")


def normalise_phone(raw: str) -> str:
    digits = "".join(ch for ch in raw if ch.isdigit())
    return digits[-10:]
