"""Key transport to the legacy Ericsson HLR used for 2G/3G subscribers.

The HLR's provisioning interface expects the Ki wrapped under the transport
key agreed with the host operator and sent as hex in the CREATE request.
"""
from __future__ import annotations

import os

from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad


class LegacyHlrKeyTransport:
    def __init__(self, transport_key: bytes) -> None:
        self._key = transport_key

    @classmethod
    def from_env(cls) -> "LegacyHlrKeyTransport":
        return cls(bytes.fromhex(os.environ["HLR_TRANSPORT_KEY"]))

    def _cipher(self, iv: bytes):
        return DES3.new(self._key, DES3.MODE_CBC, iv=iv)

    def wrap_ki(self, ki: bytes) -> str:
        iv = get_random_bytes(8)
        return (iv + self._cipher(iv).encrypt(pad(ki, 8))).hex().upper()

    def unwrap_ki(self, wrapped_hex: str) -> bytes:
        raw = bytes.fromhex(wrapped_hex)
        iv, body = raw[:8], raw[8:]
        return unpad(self._cipher(iv).decrypt(body), 8)

    def create_request(self, imsi: str, ki: bytes, k4_id: int = 1) -> dict:
        return {
            "IMSI": imsi,
            "EKI": self.wrap_ki(ki),
            "KIND": k4_id,
            "A4IND": 1,
        }
