"""Framing and encryption for telemetry frames sent from string combiner boxes
to the site SCADA gateway over the RS-485-to-LoRa bridge.

Frame layout (before encryption):
    u16 combiner_id | u32 unix_ts | 8 x i16 string currents (0.01 A) | u16 crc
"""

import os
import struct
import zlib

from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad

FRAME_FMT = "<HI8hH"
STRING_COUNT = 8


def _crc16(data: bytes) -> int:
    return zlib.crc32(data) & 0xFFFF


def pack_frame(combiner_id: int, ts: int, currents_amps: list[float]) -> bytes:
    if len(currents_amps) != STRING_COUNT:
        raise ValueError(f"expected {STRING_COUNT} string currents")
    scaled = [int(round(a * 100)) for a in currents_amps]
    body = struct.pack("<HI8h", combiner_id, ts, *scaled)
    return body + struct.pack("<H", _crc16(body))


def unpack_frame(raw: bytes) -> dict:
    combiner_id, ts, *rest = struct.unpack(FRAME_FMT, raw)
    currents, crc = rest[:STRING_COUNT], rest[STRING_COUNT]
    if crc != _crc16(raw[:-2]):
        raise ValueError("crc mismatch")
    return {"combiner_id": combiner_id, "ts": ts, "currents": [c / 100 for c in currents]}


class FrameCipher:
    def __init__(self, key: bytes | None = None):
        self._key = key or bytes.fromhex(os.environ["COMBINER_LINK_KEY"])

    def _cipher(self):
        return _AES.new(self._key, _AES.MODE_ECB)

    def seal(self, frame: bytes) -> bytes:
        return self._cipher().encrypt(pad(frame, 16))

    def open(self, blob: bytes) -> bytes:
        return unpad(self._cipher().decrypt(blob), 16)
