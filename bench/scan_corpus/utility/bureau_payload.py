"""Envelope encryption for files exchanged with the payment bureau (v3 format).

Version 3 of the bureau interface replaced the old block-cipher envelope;
each file is sealed with AES-256-GCM and the header is authenticated too.
"""
import os
import struct

from Crypto.Cipher import AES as _AES

ENVELOPE_VERSION = 3
HEADER = struct.Struct(">HI")


def _key() -> bytes:
    key = bytes.fromhex(os.environ["BUREAU_V3_KEY"])
    if len(key) != 32:
        raise ValueError("BUREAU_V3_KEY must be 256 bits")
    return key


def seal(payload: bytes) -> bytes:
    header = HEADER.pack(ENVELOPE_VERSION, len(payload))
    cipher = _AES.new(_key(), _AES.MODE_GCM)
    cipher.update(header)
    ciphertext, tag = cipher.encrypt_and_digest(payload)
    return header + cipher.nonce + tag + ciphertext


def unseal(blob: bytes) -> bytes:
    header, rest = blob[: HEADER.size], blob[HEADER.size :]
    version, length = HEADER.unpack(header)
    if version != ENVELOPE_VERSION:
        raise ValueError(f"unsupported envelope version {version}")
    nonce, tag, ciphertext = rest[:16], rest[16:32], rest[32:]
    cipher = _AES.new(_key(), _AES.MODE_GCM, nonce=nonce)
    cipher.update(header)
    payload = cipher.decrypt_and_verify(ciphertext, tag)
    if len(payload) != length:
        raise ValueError("length mismatch")
    return payload
