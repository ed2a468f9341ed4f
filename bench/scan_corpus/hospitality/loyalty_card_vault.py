"""Encrypt loyalty card numbers before they are written to the members table.

Card numbers are printed on the physical plastic cards and double as the
member's identifier at the till, so they are kept encrypted at rest and only
decrypted when the POS asks for a lookup.
"""
from __future__ import annotations

import base64
import os

from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad

CIPHER_SETTINGS = {
    "key_env": "LOYALTY_CARD_KEY",
    "mode": _AES.MODE_ECB,
    "block_size": _AES.block_size,
}


def _load_key() -> bytes:
    key = base64.b64decode(os.environ[CIPHER_SETTINGS["key_env"]])
    if len(key) not in (16, 24, 32):
        raise ValueError("LOYALTY_CARD_KEY must decode to 16, 24 or 32 bytes")
    return key


class CardNumberVault:
    def __init__(self, key: bytes | None = None) -> None:
        self._key = key or _load_key()

    def _cipher(self):
        return _AES.new(self._key, CIPHER_SETTINGS["mode"])

    def seal(self, card_number: str) -> str:
        data = pad(card_number.encode("ascii"), CIPHER_SETTINGS["block_size"])
        return base64.b64encode(self._cipher().encrypt(data)).decode("ascii")

    def open(self, sealed: str) -> str:
        raw = self._cipher().decrypt(base64.b64decode(sealed))
        return unpad(raw, CIPHER_SETTINGS["block_size"]).decode("ascii")

    @staticmethod
    def mask(card_number: str) -> str:
        return "*" * (len(card_number) - 4) + card_number[-4:]
