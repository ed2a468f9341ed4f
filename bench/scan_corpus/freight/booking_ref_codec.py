"""Turns internal booking ids into opaque references for customer-facing URLs and emails."""

import base64
import os
import struct

from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad


class BookingRefCodec:
    """Encodes (booking_id, company_id) pairs as short URL-safe strings."""

    def __init__(self, key: bytes):
        if len(key) not in (16, 24, 32):
            raise ValueError("AES key must be 16, 24 or 32 bytes")
        self._key = key

    @classmethod
    def from_env(cls) -> "BookingRefCodec":
        return cls(base64.b64decode(os.environ["BOOKING_REF_KEY"]))

    def _cipher(self):
        return _AES.new(self._key, _AES.MODE_ECB)

    def encode(self, booking_id: int, company_id: int) -> str:
        raw = struct.pack(">QI", booking_id, company_id)
        token = self._cipher().encrypt(pad(raw, 16))
        return base64.urlsafe_b64encode(token).rstrip(b"=").decode("ascii")

    def decode(self, ref: str) -> tuple[int, int]:
        data = base64.urlsafe_b64decode(ref + "=" * (-len(ref) % 4))
        raw = unpad(self._cipher().decrypt(data), 16)
        booking_id, company_id = struct.unpack(">QI", raw)
        return booking_id, company_id
