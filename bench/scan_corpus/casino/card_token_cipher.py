"""Deterministic PAN tokens.

Repeat deposits with the same card must map to the same saved payment method
without the PAN being stored in clear, so the token is derived from the PAN with
a key held in the payments vault.
"""
from __future__ import annotations

import base64
import os

from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad

_MODE = _AES.MODE_ECB


class PanTokenizer:
    def __init__(self, key: bytes | None = None):
        self._key = key or base64.b64decode(os.environ["PAN_TOKEN_KEY"])

    def _cipher(self):
        return _AES.new(self._key, _MODE)

    def tokenize(self, pan: str) -> str:
        digits = "".join(ch for ch in pan if ch.isdigit())
        if not 12 <= len(digits) <= 19:
            raise ValueError("not a card number")
        ct = self._cipher().encrypt(pad(digits.encode("ascii"), _AES.block_size))
        return base64.urlsafe_b64encode(ct).decode("ascii")

    def detokenize(self, token: str) -> str:
        ct = base64.urlsafe_b64decode(token.encode("ascii"))
        return unpad(self._cipher().decrypt(ct), _AES.block_size).decode("ascii")

    @staticmethod
    def masked(pan: str) -> str:
        return f"{pan[:6]}{'*' * (len(pan) - 10)}{pan[-4:]}"
