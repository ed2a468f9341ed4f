"""Deterministic tokenisation of card numbers for the reconciliation service.

The same PAN must always map to the same token so that settlement files from
the acquirer can be joined against our ledger without storing raw PANs.
"""
import base64
import os

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad


def _load_key() -> bytes:
    key = base64.b64decode(os.environ["CARD_TOKEN_KEY"])
    if len(key) != 32:
        raise RuntimeError("CARD_TOKEN_KEY must decode to 32 bytes")
    return key


class CardTokenizer:
    def __init__(self, key: bytes | None = None) -> None:
        self._key = key or _load_key()

    def _cipher(self):
        return AES.new(self._key, AES.MODE_ECB)

    def tokenize(self, pan: str) -> str:
        digits = "".join(ch for ch in pan if ch.isdigit())
        if not 12 <= len(digits) <= 19:
            raise ValueError("not a card number")
        return base64.urlsafe_b64encode(self._cipher().encrypt(pad(digits.encode(), 16))).decode()

    def detokenize(self, token: str) -> str:
        return unpad(self._cipher().decrypt(base64.urlsafe_b64decode(token)), 16).decode()

    @staticmethod
    def masked(pan: str) -> str:
        digits = "".join(ch for ch in pan if ch.isdigit())
        return f"{digits[:6]}{'*' * (len(digits) - 10)}{digits[-4:]}"
