"""Message encryption for the legacy host-to-host link with the GDS.

The mainframe side of the link only speaks Triple-DES in CBC mode with the
shared key exchanged during onboarding. Frames are ``MAGIC | len | iv | ct``.
"""
import os
import struct

from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad

HEADER = struct.Struct(">4sH")
MAGIC = b"HTH1"


def _link_key() -> bytes:
    key = bytes.fromhex(os.environ["GDS_LINK_KEY_HEX"])
    return DES3.adjust_key_parity(key)


def _cipher(iv: bytes):
    return DES3.new(_link_key(), DES3.MODE_CBC, iv=iv)


def wrap_message(payload: bytes) -> bytes:
    iv = get_random_bytes(DES3.block_size)
    body = iv + _cipher(iv).encrypt(pad(payload, DES3.block_size))
    return HEADER.pack(MAGIC, len(body)) + body


def unwrap_message(frame: bytes) -> bytes:
    magic, length = HEADER.unpack_from(frame)
    if magic != MAGIC:
        raise ValueError("unexpected frame magic")
    body = frame[HEADER.size:HEADER.size + length]
    iv, ct = body[:DES3.block_size], body[DES3.block_size:]
    return unpad(_cipher(iv).decrypt(ct), DES3.block_size)
