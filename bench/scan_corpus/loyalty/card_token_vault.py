"""Reversible tokenisation of linked card PANs.

Card-linking stores the PAN encrypted so the clearing reconciler can match
scheme transaction feeds back to enrolled members.
"""
import base64
import os

from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad


class CardVault:
    def __init__(self, key: bytes | None = None):
        key = key or base64.b64decode(os.environ["CARD_VAULT_KEY"])
        if len(key) != 32:
            raise ValueError("vault key must be 256 bits")
        self._key = key

    def _cipher(self):
        return _AES.new(self._key, _AES.MODE_ECB)

    def seal(self, pan: str) -> str:
        digits = pan.replace(" ", "")
        if not digits.isdigit() or not 12 <= len(digits) <= 19:
            raise ValueError("not a card number")
        ct = self._cipher().encrypt(pad(digits.encode(), _AES.block_size))
        return base64.urlsafe_b64encode(ct).decode()

    def open(self, token: str) -> str:
        ct = base64.urlsafe_b64decode(token)
        return unpad(self._cipher().decrypt(ct), _AES.block_size).decode()

    @staticmethod
    def last_four(pan: str) -> str:
        return pan.replace(" ", "")[-4:]
