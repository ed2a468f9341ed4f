"""Bridge for the first-generation ELD units still in the yard tractors.

Those units speak a vendor protocol where every frame is encrypted with
a per-unit key provisioned at install time.
"""
from __future__ import annotations

import os
import struct

from Crypto.Cipher import DES3 as _LegacyCipher
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad

FRAME_HEADER = struct.Struct(">HB8s")  # unit id, frame type, iv
PROTOCOL_VERSION = 2


def _unit_key(unit_id: int) -> bytes:
    raw = bytes.fromhex(os.environ[f"ELD_UNIT_KEY_{unit_id}"])
    return _LegacyCipher.adjust_key_parity(raw)


def _frame_cipher(unit_id: int, iv: bytes):
    return _LegacyCipher.new(_unit_key(unit_id), _LegacyCipher.MODE_CBC, iv=iv)


def encode_frame(unit_id: int, frame_type: int, payload: bytes) -> bytes:
    iv = get_random_bytes(8)
    body = _frame_cipher(unit_id, iv).encrypt(pad(payload, 8))
    return FRAME_HEADER.pack(unit_id, frame_type, iv) + body


def decode_frame(frame: bytes) -> tuple[int, int, bytes]:
    unit_id, frame_type, iv = FRAME_HEADER.unpack_from(frame)
    payload = unpad(_frame_cipher(unit_id, iv).decrypt(frame[FRAME_HEADER.size:]), 8)
    return unit_id, frame_type, payload
