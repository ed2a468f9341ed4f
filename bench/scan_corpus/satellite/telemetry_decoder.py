"""Decoder for housekeeping telemetry frames downlinked over X-band.

Frame layout (big-endian):
    0   2  sync word 0x1ACF
    2   2  spacecraft id
    4   4  frame counter
    8   1  virtual channel id
    9   n  payload (encrypted, multiple of 16 bytes)
   -2   2  CRC-16/CCITT over everything before it
"""
from __future__ import annotations

import logging
import struct
from dataclasses import dataclass

from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import unpad

log = logging.getLogger(__name__)

SYNC = 0x1ACF
HEADER = struct.Struct(">HHIB")


@dataclass
class Frame:
    spacecraft_id: int
    counter: int
    vcid: int
    payload: bytes


def crc16_ccitt(data: bytes, crc: int = 0xFFFF) -> int:
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else crc << 1
            crc &= 0xFFFF
    return crc


class FrameDecoder:
    def __init__(self, channel_keys: dict[int, bytes]):
        self._keys = channel_keys

    def _decrypt(self, vcid: int, blob: bytes) -> bytes:
        cipher = _AES.new(self._keys[vcid], _AES.MODE_ECB)
        return unpad(cipher.decrypt(blob), _AES.block_size)

    def decode(self, raw: bytes) -> Frame | None:
        if len(raw) < HEADER.size + 2:
            return None
        body, (crc,) = raw[:-2], struct.unpack(">H", raw[-2:])
        if crc16_ccitt(body) != crc:
            log.warning("dropping frame with bad CRC")
            return None
        sync, scid, counter, vcid = HEADER.unpack_from(body)
        if sync != SYNC:
            return None
        if vcid not in self._keys:
            log.warning("no key for virtual channel %d", vcid)
            return None
        payload = self._decrypt(vcid, body[HEADER.size:])
        return Frame(scid, counter, vcid, payload)
