"""Decoder for encrypted push frames from the residential meter fleet.

Frames arrive from the collector as:
    [2 bytes system title length][system title][4 bytes frame counter][payload]
The payload is a padded block of A-XDR encoded register values.
"""
from __future__ import annotations

import struct
from dataclasses import dataclass

from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import unpad

from .keystore import MeterKeyStore


@dataclass
class PushFrame:
    system_title: bytes
    frame_counter: int
    payload: bytes


class FrameDecoder:
    CIPHER_MODE = _AES.MODE_ECB
    BLOCK = 16

    def __init__(self, keystore: MeterKeyStore):
        self.keystore = keystore

    @staticmethod
    def split(raw: bytes) -> PushFrame:
        (title_len,) = struct.unpack_from(">H", raw, 0)
        title = raw[2 : 2 + title_len]
        (counter,) = struct.unpack_from(">I", raw, 2 + title_len)
        return PushFrame(title, counter, raw[6 + title_len :])

    def _cipher_for(self, system_title: bytes):
        key = self.keystore.unicast_key(system_title.hex())
        return _AES.new(key, self.CIPHER_MODE)

    def decode(self, raw: bytes) -> bytes:
        frame = self.split(raw)
        last = self.keystore.last_counter(frame.system_title.hex())
        if frame.frame_counter <= last:
            raise ValueError("replayed frame counter")
        plain = unpad(self._cipher_for(frame.system_title).decrypt(frame.payload), self.BLOCK)
        self.keystore.set_last_counter(frame.system_title.hex(), frame.frame_counter)
        return plain
