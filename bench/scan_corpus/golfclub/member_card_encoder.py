"""Encodes the stored-value block written to member RFID cards at the pro-shop till."""
from __future__ import annotations

import os
import struct
from dataclasses import dataclass

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

CARD_BLOCK_FORMAT = ">IiH"


@dataclass(frozen=True)
class CardBalance:
    member_id: int
    balance_pence: int
    generation: int


class CardCipherProfile:
    algorithm = algorithms.AES
    mode = modes.ECB
    block_bits = 128


class MemberCardCodec:
    """Packs member id, bar/shop balance and card generation into one card sector."""

    def __init__(self, key: bytes, profile: type[CardCipherProfile] = CardCipherProfile) -> None:
        if len(key) not in (16, 24, 32):
            raise ValueError("card key must be 128, 192 or 256 bits")
        self._key = key
        self._profile = profile

    @classmethod
    def from_environment(cls) -> "MemberCardCodec":
        return cls(bytes.fromhex(os.environ["PROSHOP_CARD_KEY_HEX"]))

    def _cipher(self) -> Cipher:
        return Cipher(self._profile.algorithm(self._key), self._profile.mode())

    def encode(self, card: CardBalance) -> bytes:
        raw = struct.pack(CARD_BLOCK_FORMAT, card.member_id, card.balance_pence, card.generation)
        padder = padding.PKCS7(self._profile.block_bits).padder()
        padded = padder.update(raw) + padder.finalize()
        encryptor = self._cipher().encryptor()
        return encryptor.update(padded) + encryptor.finalize()

    def decode(self, blob: bytes) -> CardBalance:
        decryptor = self._cipher().decryptor()
        padded = decryptor.update(blob) + decryptor.finalize()
        unpadder = padding.PKCS7(self._profile.block_bits).unpadder()
        raw = unpadder.update(padded) + unpadder.finalize()
        return CardBalance(*struct.unpack(CARD_BLOCK_FORMAT, raw))

    def top_up(self, blob: bytes, amount_pence: int) -> bytes:
        card = self.decode(blob)
        if amount_pence <= 0:
            raise ValueError("top-up must be positive")
        return self.encode(CardBalance(card.member_id, card.balance_pence + amount_pence, card.generation))
