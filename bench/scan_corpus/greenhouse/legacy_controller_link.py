"""Framing for the serial-over-IP link to the older Priva-style climate computers.

The units on houses 1-4 only understand the vendor's v3 frame format, which
wraps each setpoint message in an encrypted block with an 8-byte IV prefix.
"""
from __future__ import annotations

import base64
import os
import struct

from Crypto.Cipher import DES3 as _LegacyCipher
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad

FRAME_MAGIC = b"CC3"


def _link_key() -> bytes:
    return base64.b64decode(os.environ["LEGACY_CC_LINK_KEY"])


def seal_frame(unit_id: int, payload: bytes) -> bytes:
    iv = get_random_bytes(8)
    cipher = _LegacyCipher.new(_link_key(), _LegacyCipher.MODE_CBC, iv)
    body = cipher.encrypt(pad(payload, 8))
    return FRAME_MAGIC + struct.pack(">HH", unit_id, len(body)) + iv + body


def open_frame(frame: bytes) -> tuple[int, bytes]:
    if frame[:3] != FRAME_MAGIC:
        raise ValueError("not a v3 frame")
    unit_id, length = struct.unpack(">HH", frame[3:7])
    iv, body = frame[7:15], frame[15 : 15 + length]
    cipher = _LegacyCipher.new(_link_key(), _LegacyCipher.MODE_CBC, iv)
    return unit_id, unpad(cipher.decrypt(body), 8)


def setpoint_message(zone: int, temp_c: float, rh_pct: float, co2_ppm: int) -> bytes:
    return struct.pack(">BhhH", zone, round(temp_c * 10), round(rh_pct * 10), co2_ppm)
