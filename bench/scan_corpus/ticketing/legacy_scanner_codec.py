"""Barcode payload codec for the older Zebra handheld scanners.

The MC3300 fleet still runs the 2017 firmware which only understands the
v1 barcode format, so venues that haven't upgraded get v1 payloads.
"""
import os
import struct

from Crypto.Cipher import DES3 as _TDES
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad

_BLOCK = 8
_HEADER = struct.Struct(">BI")  # format version, event id


def _key() -> bytes:
    key = bytes.fromhex(os.environ["LEGACY_SCANNER_KEY_HEX"])
    return _TDES.adjust_key_parity(key)


def encode_v1(event_id: int, ticket_serial: int, gate_mask: int) -> bytes:
    body = struct.pack(">QH", ticket_serial, gate_mask)
    iv = get_random_bytes(_BLOCK)
    cipher = _TDES.new(_key(), _TDES.MODE_CBC, iv=iv)
    return _HEADER.pack(1, event_id) + iv + cipher.encrypt(pad(body, _BLOCK))


def decode_v1(payload: bytes) -> tuple[int, int, int]:
    version, event_id = _HEADER.unpack_from(payload)
    if version != 1:
        raise ValueError(f"unexpected payload version {version}")
    iv = payload[_HEADER.size : _HEADER.size + _BLOCK]
    ct = payload[_HEADER.size + _BLOCK :]
    cipher = _TDES.new(_key(), _TDES.MODE_CBC, iv=iv)
    ticket_serial, gate_mask = struct.unpack(">QH", unpad(cipher.decrypt(ct), _BLOCK))
    return event_id, ticket_serial, gate_mask
