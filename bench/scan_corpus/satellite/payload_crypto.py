"""Encryption of science payload segments before they go to the archive bucket."""
from __future__ import annotations

import struct

from Crypto.Cipher import AES as _AES
from Crypto.Random import get_random_bytes

HEADER = struct.Struct(">4sHI")  # magic, format version, segment index
MAGIC = b"SPS1"
NONCE_LEN = 12
TAG_LEN = 16


def seal_segment(key: bytes, index: int, data: bytes) -> bytes:
    header = HEADER.pack(MAGIC, 1, index)
    nonce = get_random_bytes(NONCE_LEN)
    cipher = _AES.new(key, _AES.MODE_GCM, nonce=nonce, mac_len=TAG_LEN)
    cipher.update(header)
    ciphertext, tag = cipher.encrypt_and_digest(data)
    return header + nonce + ciphertext + tag


def open_segment(key: bytes, blob: bytes) -> tuple[int, bytes]:
    header = blob[: HEADER.size]
    magic, version, index = HEADER.unpack(header)
    if magic != MAGIC or version != 1:
        raise ValueError("not a payload segment")
    nonce = blob[HEADER.size : HEADER.size + NONCE_LEN]
    body, tag = blob[HEADER.size + NONCE_LEN : -TAG_LEN], blob[-TAG_LEN:]
    cipher = _AES.new(key, _AES.MODE_GCM, nonce=nonce, mac_len=TAG_LEN)
    cipher.update(header)
    return index, cipher.decrypt_and_verify(body, tag)
