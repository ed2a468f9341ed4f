"""Balance blobs for the offline arcade card readers.

When the floor network drops, the swipe readers keep working from a blob
written to the card's data sector. The blob carries the card id, credits
and tickets, and is re-synced with the central ledger when the reader
comes back online.
"""
from __future__ import annotations

import os
import struct

from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad

_RECORD = struct.Struct(">QIIH")
_VERSION = 3


def _reader_key() -> bytes:
    return bytes.fromhex(os.environ["CARD_READER_KEY"])


class BalanceCodec:
    """Encodes and decodes the 32-byte data sector blob."""

    block_mode = _AES.MODE_ECB
    block_size = _AES.block_size

    def __init__(self, key: bytes | None = None) -> None:
        self._key = key or _reader_key()

    def _cipher(self):
        return _AES.new(self._key, self.block_mode)

    def encode(self, card_id: int, credits: int, tickets: int) -> bytes:
        payload = _RECORD.pack(card_id, credits, tickets, _VERSION)
        return self._cipher().encrypt(pad(payload, self.block_size))

    def decode(self, blob: bytes) -> tuple[int, int, int]:
        payload = unpad(self._cipher().decrypt(blob), self.block_size)
        card_id, credits, tickets, version = _RECORD.unpack(payload)
        if version != _VERSION:
            raise ValueError(f"stale blob version {version}")
        return card_id, credits, tickets
