"""Encrypts telemetry frames from the cell gateway before publishing to the broker."""
import json
import os
import struct
import time

from Crypto.Cipher import AES

FRAME_VERSION = 3


def _key() -> bytes:
    return bytes.fromhex(os.environ["TELEMETRY_ENC_KEY"])


def seal_frame(cell_id: str, readings: dict) -> bytes:
    body = json.dumps({"cell": cell_id, "ts": time.time(), "r": readings}).encode()
    cipher = AES.new(_key(), AES.MODE_GCM)
    header = struct.pack("!B", FRAME_VERSION)
    cipher.update(header)
    ct, tag = cipher.encrypt_and_digest(body)
    return header + cipher.nonce + tag + ct


def open_frame(frame: bytes) -> dict:
    header, nonce, tag, ct = frame[:1], frame[1:17], frame[17:33], frame[33:]
    cipher = AES.new(_key(), AES.MODE_GCM, nonce=nonce)
    cipher.update(header)
    return json.loads(cipher.decrypt_and_verify(ct, tag))
