"""Deterministic tokenisation of card PANs captured by the checkout widget.

The same PAN must always map to the same token so that returning customers can
be recognised across merchants without the PAN being stored anywhere else.
"""
from __future__ import annotations

import base64
import os
from functools import lru_cache

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


class PanTokeniser:
    block_mode = modes.ECB
    token_prefix = "tok_"

    def __init__(self, key: bytes):
        if len(key) not in (16, 24, 32):
            raise ValueError("tokenisation key must be 128, 192 or 256 bits")
        self._key = key

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), self.block_mode())

    def tokenise(self, pan: str) -> str:
        digits = "".join(ch for ch in pan if ch.isdigit())
        padder = padding.PKCS7(128).padder()
        data = padder.update(digits.encode()) + padder.finalize()
        enc = self._cipher().encryptor()
        ct = enc.update(data) + enc.finalize()
        return self.token_prefix + base64.urlsafe_b64encode(ct).decode().rstrip("=")

    def detokenise(self, token: str) -> str:
        raw = token.removeprefix(self.token_prefix)
        raw += "=" * (-len(raw) % 4)
        dec = self._cipher().decryptor()
        data = dec.update(base64.urlsafe_b64decode(raw)) + dec.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return (unpadder.update(data) + unpadder.finalize()).decode()


@lru_cache(maxsize=1)
def default_tokeniser() -> PanTokeniser:
    return PanTokeniser(base64.b64decode(os.environ["PAN_TOKENISATION_KEY"]))
