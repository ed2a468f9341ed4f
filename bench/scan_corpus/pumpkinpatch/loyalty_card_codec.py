"""Encodes the stamp count on farm shop loyalty cards.

The card's NFC tag stores an encrypted record of the holder id and stamps
so that the weigh-station till can add stamps offline.
"""
from __future__ import annotations

import base64
import os
import struct
from dataclasses import dataclass

from Crypto.Cipher import AES

RECORD = struct.Struct(">IHI")
TAG_VERSION = b"\x02"


@dataclass
class LoyaltyRecord:
    holder_id: int
    stamps: int
    issued_day: int


class LoyaltyCardCodec:
    def __init__(self, key: bytes) -> None:
        if len(key) != 32:
            raise ValueError("loyalty key must be 32 bytes")
        self._key = key

    @classmethod
    def from_env(cls) -> "LoyaltyCardCodec":
        return cls(base64.b64decode(os.environ["LOYALTY_CARD_KEY"]))

    def encode(self, record: LoyaltyRecord) -> bytes:
        nonce = os.urandom(12)
        cipher = AES.new(self._key, AES.MODE_GCM, nonce=nonce)
        cipher.update(TAG_VERSION)
        body, tag = cipher.encrypt_and_digest(
            RECORD.pack(record.holder_id, record.stamps, record.issued_day)
        )
        return TAG_VERSION + nonce + tag + body

    def decode(self, blob: bytes) -> LoyaltyRecord:
        if blob[:1] != TAG_VERSION:
            raise ValueError("unsupported card version")
        nonce, tag, body = blob[1:13], blob[13:29], blob[29:]
        cipher = AES.new(self._key, AES.MODE_GCM, nonce=nonce)
        cipher.update(TAG_VERSION)
        holder_id, stamps, issued_day = RECORD.unpack(cipher.decrypt_and_verify(body, tag))
        return LoyaltyRecord(holder_id, stamps, issued_day)


def add_stamp(codec: LoyaltyCardCodec, blob: bytes, free_after: int = 10) -> tuple[bytes, bool]:
    record = codec.decode(blob)
    record.stamps += 1
    reward = record.stamps >= free_after
    if reward:
        record.stamps = 0
    return codec.encode(record), reward
