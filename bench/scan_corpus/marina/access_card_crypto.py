"""Encode the member block written to pontoon gate cards.

Each card carries one 32-byte block: member id, berth id and the expiry day.
The block is encrypted with the site key so a cloned UID on its own does not
open the gates.
"""
import os
import struct
from datetime import date, timedelta

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

_EPOCH = date(2000, 1, 1)
_BLOCK = struct.Struct(">IIH22x")


def _site_key() -> bytes:
    key = bytes.fromhex(os.environ["GATE_CARD_SITE_KEY"])
    if len(key) not in (16, 32):
        raise ValueError("GATE_CARD_SITE_KEY must be 128 or 256 bits")
    return key


def _cipher() -> Cipher:
    return Cipher(algorithms.AES(_site_key()), modes.ECB())


def encode_card_block(member_id: int, berth_id: int, expires: date) -> bytes:
    plain = _BLOCK.pack(member_id, berth_id, (expires - _EPOCH).days)
    enc = _cipher().encryptor()
    return enc.update(plain) + enc.finalize()


def decode_card_block(block: bytes) -> tuple[int, int, date]:
    if len(block) != _BLOCK.size:
        raise ValueError(f"expected {_BLOCK.size} bytes, got {len(block)}")
    dec = _cipher().decryptor()
    plain = dec.update(block) + dec.finalize()
    member_id, berth_id, days = _BLOCK.unpack(plain)
    return member_id, berth_id, _EPOCH + timedelta(days=days)


def card_is_current(block: bytes, today: date | None = None) -> bool:
    _, _, expires = decode_card_block(block)
    return expires >= (today or date.today())
