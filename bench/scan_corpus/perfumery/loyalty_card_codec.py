"""Encodes boutique loyalty card payloads for the legacy POS terminals."""
from __future__ import annotations

import base64
import os
from typing import NamedTuple

from Crypto.Cipher import Blowfish
from Crypto.Util.Padding import pad, unpad


class CardPayload(NamedTuple):
    card_number: str
    tier: str
    boutique: str

    def to_bytes(self) -> bytes:
        return "|".join(self).encode("ascii")

    @classmethod
    def from_bytes(cls, raw: bytes) -> "CardPayload":
        number, tier, boutique = raw.decode("ascii").split("|")
        return cls(number, tier, boutique)


class LoyaltyCardCodec:
    """Produces the opaque string printed as a barcode on loyalty cards."""

    algorithm = Blowfish

    def __init__(self, key: bytes) -> None:
        self._key = key

    @classmethod
    def for_pos(cls) -> "LoyaltyCardCodec":
        return cls(bytes.fromhex(os.environ["POS_CARD_KEY"]))

    def encode(self, payload: CardPayload) -> str:
        iv = os.urandom(self.algorithm.block_size)
        cipher = self.algorithm.new(self._key, self.algorithm.MODE_CBC, iv)
        body = cipher.encrypt(pad(payload.to_bytes(), self.algorithm.block_size))
        return base64.b32encode(iv + body).decode("ascii").rstrip("=")

    def decode(self, barcode: str) -> CardPayload:
        padded = barcode + "=" * (-len(barcode) % 8)
        blob = base64.b32decode(padded)
        bs = self.algorithm.block_size
        cipher = self.algorithm.new(self._key, self.algorithm.MODE_CBC, blob[:bs])
        return CardPayload.from_bytes(unpad(cipher.decrypt(blob[bs:]), bs))


def issue_card(card_number: str, tier: str, boutique: str) -> str:
    """Return the barcode string for a newly issued loyalty card."""
    return LoyaltyCardCodec.for_pos().encode(CardPayload(card_number, tier, boutique))
