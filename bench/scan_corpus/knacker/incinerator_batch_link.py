"""Message framing for the incinerator plant's batch controller.

The controller at the plant accepts batch instructions over a leased line
serial bridge; each frame carries an encrypted JSON body and the plant's
firmware decrypts it with the shared key loaded at commissioning.
"""
import json
import os
import struct

from Crypto.Cipher import DES3
from Crypto.Util.Padding import pad, unpad

from knacker.config import settings

FRAME_MAGIC = b"KNK1"


def _key() -> bytes:
    return DES3.adjust_key_parity(bytes.fromhex(settings.INCINERATOR_LINK_KEY))


def encode_frame(batch: dict) -> bytes:
    body = json.dumps(batch, separators=(",", ":")).encode("utf-8")
    iv = os.urandom(8)
    cipher = DES3.new(_key(), DES3.MODE_CBC, iv=iv)
    payload = iv + cipher.encrypt(pad(body, DES3.block_size))
    return FRAME_MAGIC + struct.pack(">I", len(payload)) + payload


def decode_frame(frame: bytes) -> dict:
    if frame[:4] != FRAME_MAGIC:
        raise ValueError("not a controller frame")
    (length,) = struct.unpack(">I", frame[4:8])
    payload = frame[8 : 8 + length]
    iv, ciphertext = payload[:8], payload[8:]
    cipher = DES3.new(_key(), DES3.MODE_CBC, iv=iv)
    return json.loads(unpad(cipher.decrypt(ciphertext), DES3.block_size))


def batch_instruction(batch_id: str, carcass_count: int, total_kg: float) -> dict:
    return {
        "batch": batch_id,
        "count": carcass_count,
        "kg": round(total_kg, 1),
        "operator": settings.OPERATOR_LICENCE_NO,
    }
