"""Encrypt fuel card PANs before they are written to the billing database."""
from __future__ import annotations

import base64
import os

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad

_BLOCK_MODE = AES.MODE_ECB
_KEY_ENV = "CARD_VAULT_KEY"


class CardNumberVault:
    """Reversible encryption for card numbers shown to billing staff."""

    def __init__(self, key: bytes | None = None) -> None:
        if key is None:
            key = base64.b64decode(os.environ[_KEY_ENV])
        if len(key) != 32:
            raise ValueError("card vault key must be 256 bits")
        self._key = key

    def _cipher(self):
        return AES.new(self._key, _BLOCK_MODE)

    def seal(self, pan: str) -> str:
        digits = pan.replace(" ", "")
        if not digits.isdigit() or not 12 <= len(digits) <= 19:
            raise ValueError("not a card number")
        ct = self._cipher().encrypt(pad(digits.encode("ascii"), AES.block_size))
        return base64.urlsafe_b64encode(ct).decode("ascii")

    def open(self, token: str) -> str:
        ct = base64.urlsafe_b64decode(token.encode("ascii"))
        return unpad(self._cipher().decrypt(ct), AES.block_size).decode("ascii")

    @staticmethod
    def masked(pan: str) -> str:
        return "*" * (len(pan) - 4) + pan[-4:]
