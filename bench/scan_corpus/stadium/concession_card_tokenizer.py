"""Tokenises loyalty card numbers captured at concession tills.

The tokens are stored in the sales warehouse so that purchases can be joined
to a supporter without keeping the raw card number next to the basket data.
"""
from __future__ import annotations

import base64
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


class LoyaltyCardTokenizer:
    """Deterministic reversible tokens for loyalty card numbers."""

    block_bits = 128
    cipher_mode = modes.ECB()

    def __init__(self, key: bytes) -> None:
        if len(key) not in (16, 24, 32):
            raise ValueError("loyalty token key must be an AES key")
        self._cipher = Cipher(algorithms.AES(key), self.cipher_mode)

    @classmethod
    def from_environment(cls) -> "LoyaltyCardTokenizer":
        return cls(base64.b64decode(os.environ["LOYALTY_TOKEN_KEY"]))

    def tokenize(self, card_number: str) -> str:
        digits = "".join(ch for ch in card_number if ch.isdigit())
        padder = padding.PKCS7(self.block_bits).padder()
        data = padder.update(digits.encode("ascii")) + padder.finalize()
        enc = self._cipher.encryptor()
        return base64.urlsafe_b64encode(enc.update(data) + enc.finalize()).decode("ascii")

    def detokenize(self, token: str) -> str:
        dec = self._cipher.decryptor()
        raw = dec.update(base64.urlsafe_b64decode(token)) + dec.finalize()
        unpadder = padding.PKCS7(self.block_bits).unpadder()
        return (unpadder.update(raw) + unpadder.finalize()).decode("ascii")


def tokenize_basket(basket: dict, tokenizer: LoyaltyCardTokenizer) -> dict:
    """Replace the card number in a till basket export with its token."""
    cleaned = dict(basket)
    card = cleaned.pop("loyalty_card", None)
    if card:
        cleaned["loyalty_token"] = tokenizer.tokenize(card)
    return cleaned
