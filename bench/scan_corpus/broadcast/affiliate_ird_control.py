"""Authorisation messages for affiliate IRDs on the new satellite platform.

Messages are sealed with AES-256-GCM under the per-uplink key and carried in
the private data PID of the transport stream by the multiplexer.
"""
from __future__ import annotations

import os
import struct
import time

from Crypto.Cipher import AES as _AES

MSG_AUTHORISE = 1
MSG_REVOKE = 2
HEADER = struct.Struct(">BBI")  # version, message type, issued-at


def uplink_key() -> bytes:
    key = bytes.fromhex(os.environ["IRD_UPLINK_KEY"])
    if len(key) != 32:
        raise ValueError("IRD_UPLINK_KEY must be 32 bytes hex")
    return key


def seal_message(key: bytes, msg_type: int, ird_serial: str, tier_mask: int) -> bytes:
    header = HEADER.pack(1, msg_type, int(time.time()))
    body = ird_serial.encode("ascii").ljust(16, b"\0") + struct.pack(">I", tier_mask)
    cipher = _AES.new(key, _AES.MODE_GCM)
    cipher.update(header)
    ciphertext, tag = cipher.encrypt_and_digest(body)
    return header + cipher.nonce + tag + ciphertext


def open_message(key: bytes, frame: bytes) -> tuple[int, str, int]:
    header, rest = frame[:HEADER.size], frame[HEADER.size:]
    nonce, tag, ciphertext = rest[:16], rest[16:32], rest[32:]
    cipher = _AES.new(key, _AES.MODE_GCM, nonce=nonce)
    cipher.update(header)
    body = cipher.decrypt_and_verify(ciphertext, tag)
    _, msg_type, _ = HEADER.unpack(header)
    serial = body[:16].rstrip(b"\0").decode("ascii")
    (tier_mask,) = struct.unpack(">I", body[16:20])
    return msg_type, serial, tier_mask


def authorise(ird_serial: str, tiers: list[int]) -> bytes:
    mask = 0
    for tier in tiers:
        mask |= 1 << tier
    return seal_message(uplink_key(), MSG_AUTHORISE, ird_serial, mask)


def revoke(ird_serial: str) -> bytes:
    return seal_message(uplink_key(), MSG_REVOKE, ird_serial, 0)
