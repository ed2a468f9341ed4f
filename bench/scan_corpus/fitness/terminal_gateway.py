"""Framing for the front-desk payment terminals (v2 protocol).

Terminals exchange member billing references encrypted with a per-club
256-bit key provisioned from the billing admin.
"""
import os
import struct

from Crypto.Cipher import AES as _AES
from Crypto.Random import get_random_bytes

HEADER = struct.Struct(">H")
NONCE_LEN = 12
TAG_LEN = 16


def _club_key(club_id: int) -> bytes:
    key = bytes.fromhex(os.environ[f"TERMINAL_KEY_{club_id}"])
    if len(key) != 32:
        raise ValueError("terminal key must be 256 bits")
    return key


def seal_reference(club_id: int, member_ref: str) -> bytes:
    header = HEADER.pack(club_id)
    nonce = get_random_bytes(NONCE_LEN)
    cipher = _AES.new(_club_key(club_id), _AES.MODE_GCM, nonce=nonce)
    cipher.update(header)
    body, tag = cipher.encrypt_and_digest(member_ref.encode("ascii"))
    return header + nonce + body + tag


def open_reference(frame: bytes) -> tuple[int, str]:
    header = frame[: HEADER.size]
    (club_id,) = HEADER.unpack(header)
    nonce = frame[HEADER.size : HEADER.size + NONCE_LEN]
    body, tag = frame[HEADER.size + NONCE_LEN : -TAG_LEN], frame[-TAG_LEN:]
    cipher = _AES.new(_club_key(club_id), _AES.MODE_GCM, nonce=nonce)
    cipher.update(header)
    return club_id, cipher.decrypt_and_verify(body, tag).decode("ascii")
