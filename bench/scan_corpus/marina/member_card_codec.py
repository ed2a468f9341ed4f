"""Encode the member record stored on marina member cards.

Cards carry member id, berth id and expiry, sealed with the site key. The
card UID is bound in as associated data so a block copied to another card is
rejected.
"""
from __future__ import annotations

import os
import struct
from datetime import date, timedelta

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

_EPOCH = date(2000, 1, 1)
_RECORD = struct.Struct(">IIH")
_NONCE_LEN = 12


class CardRejected(Exception):
    pass


def _aead() -> AESGCM:
    return AESGCM(bytes.fromhex(os.environ["MEMBER_CARD_KEY"]))


def encode(card_uid: bytes, member_id: int, berth_id: int, expires: date) -> bytes:
    nonce = os.urandom(_NONCE_LEN)
    plain = _RECORD.pack(member_id, berth_id, (expires - _EPOCH).days)
    return nonce + _aead().encrypt(nonce, plain, card_uid)


def decode(card_uid: bytes, blob: bytes) -> tuple[int, int, date]:
    nonce, sealed = blob[:_NONCE_LEN], blob[_NONCE_LEN:]
    try:
        plain = _aead().decrypt(nonce, sealed, card_uid)
    except InvalidTag as exc:
        raise CardRejected("card block failed authentication") from exc
    member_id, berth_id, days = _RECORD.unpack(plain)
    return member_id, berth_id, _EPOCH + timedelta(days=days)
