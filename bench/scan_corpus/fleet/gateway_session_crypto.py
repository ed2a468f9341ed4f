"""Frame encryption between the yard gateways and the ingestion service."""
from __future__ import annotations

import os
import struct

from Crypto.Cipher import AES

FRAME_HEADER = struct.Struct(">HB16s16s")  # unit id, frame type, nonce, tag
PROTOCOL_VERSION = 3


def _unit_key(unit_id: int) -> bytes:
    key = bytes.fromhex(os.environ[f"GATEWAY_UNIT_KEY_{unit_id}"])
    if len(key) not in (16, 32):
        raise ValueError("gateway keys must be 128 or 256 bits")
    return key


def encode_frame(unit_id: int, frame_type: int, payload: bytes) -> bytes:
    cipher = AES.new(_unit_key(unit_id), AES.MODE_EAX)
    cipher.update(struct.pack(">HB", unit_id, frame_type))
    body, tag = cipher.encrypt_and_digest(payload)
    return FRAME_HEADER.pack(unit_id, frame_type, cipher.nonce, tag) + body


def decode_frame(frame: bytes) -> tuple[int, int, bytes]:
    unit_id, frame_type, nonce, tag = FRAME_HEADER.unpack_from(frame)
    cipher = AES.new(_unit_key(unit_id), AES.MODE_EAX, nonce=nonce)
    cipher.update(struct.pack(">HB", unit_id, frame_type))
    payload = cipher.decrypt_and_verify(frame[FRAME_HEADER.size:], tag)
    return unit_id, frame_type, payload
