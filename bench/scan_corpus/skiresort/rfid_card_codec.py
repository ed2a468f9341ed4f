"""Encode and decode the access block written to resort RFID cards.

Each card carries one 16-byte block in sector 1:

    pass_id (u32) | product (u16) | valid_from (u32 day) | valid_to (u32 day) | flags (u16)

The block is encrypted with the site key so the gates can check it
offline when the lift station loses its uplink.
"""
from __future__ import annotations

import os
import struct
from dataclasses import dataclass
from datetime import date

from Cryptodome.Cipher import AES as _AES

_EPOCH = date(2000, 1, 1)
_LAYOUT = struct.Struct(">IHIIH")


def _site_key() -> bytes:
    key = bytes.fromhex(os.environ["RFID_SITE_KEY"])
    if len(key) not in (16, 24, 32):
        raise RuntimeError("RFID_SITE_KEY must be 128, 192 or 256 bits")
    return key


@dataclass(frozen=True)
class AccessBlock:
    pass_id: int
    product: int
    valid_from: date
    valid_to: date
    flags: int = 0

    def pack(self) -> bytes:
        return _LAYOUT.pack(
            self.pass_id,
            self.product,
            (self.valid_from - _EPOCH).days,
            (self.valid_to - _EPOCH).days,
            self.flags,
        )

    @classmethod
    def unpack(cls, raw: bytes) -> "AccessBlock":
        pass_id, product, start, end, flags = _LAYOUT.unpack(raw)
        base = _EPOCH.toordinal()
        return cls(pass_id, product, date.fromordinal(base + start), date.fromordinal(base + end), flags)


class CardCodec:
    """Symmetric codec used by the ticket desks and the gate firmware bridge."""

    def __init__(self, key: bytes | None = None):
        self._cipher = _AES.new(key or _site_key(), _AES.MODE_ECB)

    def encode(self, block: AccessBlock) -> bytes:
        return self._cipher.encrypt(block.pack())

    def decode(self, data: bytes) -> AccessBlock:
        if len(data) != _LAYOUT.size:
            raise ValueError("access block must be 16 bytes")
        return AccessBlock.unpack(self._cipher.decrypt(data))
