"""Seal the pass record stored in the data area of DESFire resort cards.

The record is authenticated-encrypted so a gate can detect tampering when
it reads the card offline. Layout on the card:

    nonce (12) | ciphertext + tag (len(record) + 16)
"""
from __future__ import annotations

import json
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_LEN = 12
MAX_RECORD = 96


class CardSealError(ValueError):
    pass


class CardSectorSealer:
    def __init__(self, key: bytes | None = None):
        key = key or bytes.fromhex(os.environ["CARD_RECORD_KEY"])
        if len(key) != 32:
            raise ValueError("CARD_RECORD_KEY must be 256 bits")
        self._aead = AESGCM(key)

    def seal(self, chip_uid: str, record: dict) -> bytes:
        plain = json.dumps(record, separators=(",", ":")).encode("utf-8")
        if len(plain) > MAX_RECORD:
            raise CardSealError("record does not fit on the card")
        nonce = os.urandom(NONCE_LEN)
        return nonce + self._aead.encrypt(nonce, plain, chip_uid.encode("ascii"))

    def unseal(self, chip_uid: str, blob: bytes) -> dict:
        nonce, body = blob[:NONCE_LEN], blob[NONCE_LEN:]
        try:
            plain = self._aead.decrypt(nonce, body, chip_uid.encode("ascii"))
        except InvalidTag as exc:
            raise CardSealError("card record failed authentication") from exc
        return json.loads(plain)
