"""Encodes wake-up SMS payloads for first-generation telematics units.

Gen1 TCUs only ship with a Triple-DES engine in their modem firmware, so the
per-unit key provisioned at the factory is a 24-byte 3DES key.
"""
import base64
import struct
import time

from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad

WAKEUP_OPCODE = 0x21


def load_unit_key(unit_id: str, keystore) -> bytes:
    return keystore.get_secret(f"tcu/gen1/{unit_id}")


def build_wakeup_payload(unit_id: str, keystore, reason: int = 1) -> str:
    key = load_unit_key(unit_id, keystore)
    body = struct.pack(">BBI", WAKEUP_OPCODE, reason, int(time.time()))
    iv = get_random_bytes(8)
    cipher = DES3.new(key, DES3.MODE_CBC, iv=iv)
    frame = iv + cipher.encrypt(pad(body, DES3.block_size))
    return base64.b64encode(frame).decode("ascii")
