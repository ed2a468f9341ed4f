"""Authenticated balance blobs written to arcade game cards.

Readers fall back to the card's data sector when the floor network is
down. The blob is encrypted and authenticated so it can't be edited to
add credits.
"""
from __future__ import annotations

import os
import struct

from Crypto.Cipher import AES as _AES

_RECORD = struct.Struct(">QIIH")
_VERSION = 4
_NONCE_LEN = 12
_TAG_LEN = 16


def _reader_key() -> bytes:
    return bytes.fromhex(os.environ["CARD_READER_KEY"])


class SectorCodec:
    mode = _AES.MODE_GCM

    def __init__(self, key: bytes | None = None) -> None:
        self._key = key or _reader_key()

    def encode(self, card_id: int, credits: int, tickets: int) -> bytes:
        cipher = _AES.new(self._key, self.mode, mac_len=_TAG_LEN)
        cipher.update(card_id.to_bytes(8, "big"))
        body, tag = cipher.encrypt_and_digest(_RECORD.pack(card_id, credits, tickets, _VERSION))
        return cipher.nonce + tag + body

    def decode(self, card_id: int, blob: bytes) -> tuple[int, int]:
        nonce, tag, body = blob[:_NONCE_LEN], blob[_NONCE_LEN : _NONCE_LEN + _TAG_LEN], blob[_NONCE_LEN + _TAG_LEN :]
        cipher = _AES.new(self._key, self.mode, nonce=nonce, mac_len=_TAG_LEN)
        cipher.update(card_id.to_bytes(8, "big"))
        stored_id, credits, tickets, version = _RECORD.unpack(cipher.decrypt_and_verify(body, tag))
        if stored_id != card_id or version != _VERSION:
            raise ValueError("blob does not belong to this card")
        return credits, tickets
