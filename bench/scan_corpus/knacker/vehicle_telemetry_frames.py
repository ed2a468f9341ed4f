"""Encrypted telemetry frames sent from collection lorries to the depot.

Each lorry's cab unit sends temperature and load-cell readings from the
sealed carcass body; frames are encrypted with the vehicle's unit key.
"""
import json
import struct

from Crypto.Cipher import AES

from knacker.fleet.keys import unit_key_for

FRAME_VERSION = 2
NONCE_LEN = 12
TAG_LEN = 16


def seal_reading(vehicle_reg: str, reading: dict) -> bytes:
    header = struct.pack(">BH", FRAME_VERSION, len(vehicle_reg)) + vehicle_reg.encode("ascii")
    cipher = AES.new(unit_key_for(vehicle_reg), AES.MODE_GCM, mac_len=TAG_LEN)
    cipher.update(header)
    ciphertext, tag = cipher.encrypt_and_digest(json.dumps(reading).encode("utf-8"))
    return header + cipher.nonce + tag + ciphertext


def open_reading(frame: bytes) -> tuple[str, dict]:
    version, reg_len = struct.unpack(">BH", frame[:3])
    if version != FRAME_VERSION:
        raise ValueError(f"unsupported frame version {version}")
    header_end = 3 + reg_len
    vehicle_reg = frame[3:header_end].decode("ascii")
    nonce = frame[header_end : header_end + NONCE_LEN]
    tag = frame[header_end + NONCE_LEN : header_end + NONCE_LEN + TAG_LEN]
    ciphertext = frame[header_end + NONCE_LEN + TAG_LEN :]
    cipher = AES.new(unit_key_for(vehicle_reg), AES.MODE_GCM, nonce=nonce, mac_len=TAG_LEN)
    cipher.update(frame[:header_end])
    reading = json.loads(cipher.decrypt_and_verify(ciphertext, tag))
    return vehicle_reg, reading
