"""Encodes remote command frames for second-generation telematics units.

Gen2 TCUs support ChaCha20-Poly1305 in their secure element; each frame is
bound to the unit id through the associated data.
"""
import base64
import struct
import time

from Crypto.Cipher import ChaCha20_Poly1305
from Crypto.Random import get_random_bytes

COMMAND_OPCODES = {"wakeup": 0x21, "lock": 0x30, "unlock": 0x31, "horn": 0x40}


def load_unit_key(unit_id: str, keystore) -> bytes:
    return keystore.get_secret(f"tcu/gen2/{unit_id}")


def build_command_frame(unit_id: str, keystore, command: str, sequence: int) -> str:
    opcode = COMMAND_OPCODES[command]
    key = load_unit_key(unit_id, keystore)
    body = struct.pack(">BIQ", opcode, sequence, int(time.time()))
    nonce = get_random_bytes(12)
    cipher = ChaCha20_Poly1305.new(key=key, nonce=nonce)
    cipher.update(unit_id.encode("ascii"))
    ciphertext, tag = cipher.encrypt_and_digest(body)
    return base64.b64encode(nonce + ciphertext + tag).decode("ascii")
