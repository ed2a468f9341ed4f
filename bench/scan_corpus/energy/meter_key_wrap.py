"""Wrap and unwrap per-meter unicast keys for storage in the key inventory.

Keys are wrapped with the AES key-wrap algorithm (RFC 3394) under a key
encryption key held in the KMS, so the inventory database never stores
meter keys in the clear.
"""
from __future__ import annotations

import base64
import os

from cryptography.hazmat.primitives.keywrap import (
    InvalidUnwrap,
    aes_key_unwrap,
    aes_key_wrap,
)


class MeterKeyWrapper:
    def __init__(self, kek: bytes):
        if len(kek) not in (16, 24, 32):
            raise ValueError("KEK must be 128, 192 or 256 bits")
        self._kek = kek

    @classmethod
    def from_kms(cls, kms_client, key_id: str) -> "MeterKeyWrapper":
        return cls(kms_client.get_data_key(key_id))

    def new_meter_key(self) -> tuple[bytes, str]:
        """Return a fresh unicast key and its wrapped form for the inventory."""
        key = os.urandom(16)
        return key, self.wrap(key)

    def wrap(self, meter_key: bytes) -> str:
        return base64.b64encode(aes_key_wrap(self._kek, meter_key)).decode("ascii")

    def unwrap(self, wrapped: str) -> bytes:
        try:
            return aes_key_unwrap(self._kek, base64.b64decode(wrapped))
        except InvalidUnwrap as exc:
            raise ValueError("wrapped key failed integrity check") from exc
