"""Framing for the legacy front-desk payment terminals.

Older clubs still run the serial-over-IP terminals that exchange member
billing references encrypted with a per-club shared key. Clubs onboarded
after 2021 use the REST billing API instead (see billing/gateway.py).
"""
import os
import struct

from Crypto.Cipher import DES3 as _TDES
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad

HEADER = struct.Struct(">H")
IV_LEN = 8


def _club_key(club_id: int) -> bytes:
    raw = bytes.fromhex(os.environ[f"TERMINAL_KEY_{club_id}"])
    return _TDES.adjust_key_parity(raw)


def _cipher(club_id: int, iv: bytes):
    return _TDES.new(_club_key(club_id), _TDES.MODE_CBC, iv)


def seal_reference(club_id: int, member_ref: str) -> bytes:
    iv = get_random_bytes(IV_LEN)
    body = _cipher(club_id, iv).encrypt(pad(member_ref.encode("ascii"), IV_LEN))
    return HEADER.pack(club_id) + iv + body


def open_reference(frame: bytes) -> tuple[int, str]:
    (club_id,) = HEADER.unpack(frame[: HEADER.size])
    iv = frame[HEADER.size : HEADER.size + IV_LEN]
    body = frame[HEADER.size + IV_LEN :]
    plain = unpad(_cipher(club_id, iv).decrypt(body), IV_LEN)
    return club_id, plain.decode("ascii")
