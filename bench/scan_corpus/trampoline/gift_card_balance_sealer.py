"""Seals gift-card balances stored on the NFC cards sold at the kiosk."""
from __future__ import annotations

import os
import struct
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305


@dataclass(frozen=True)
class CardBalance:
    card_uid: str
    pence: int
    version: int


class GiftCardSealer:
    """Payload layout: nonce(12) || ciphertext+tag; the card UID is bound as AAD."""

    NONCE_LEN = 12
    record = struct.Struct(">QI")

    def __init__(self, key: bytes | None = None) -> None:
        self._aead = ChaCha20Poly1305(key or bytes.fromhex(os.environ["GIFTCARD_KEY_HEX"]))

    def _fresh_nonce(self) -> bytes:
        return os.urandom(self.NONCE_LEN)

    def seal(self, balance: CardBalance) -> bytes:
        nonce = self._fresh_nonce()
        plain = self.record.pack(balance.pence, balance.version)
        return nonce + self._aead.encrypt(nonce, plain, balance.card_uid.encode())

    def unseal(self, card_uid: str, blob: bytes) -> CardBalance:
        nonce, ct = blob[: self.NONCE_LEN], blob[self.NONCE_LEN :]
        pence, version = self.record.unpack(self._aead.decrypt(nonce, ct, card_uid.encode()))
        return CardBalance(card_uid=card_uid, pence=pence, version=version)

    def debit(self, card_uid: str, blob: bytes, amount_pence: int) -> bytes:
        current = self.unseal(card_uid, blob)
        if amount_pence <= 0 or amount_pence > current.pence:
            raise ValueError("insufficient balance")
        return self.seal(CardBalance(card_uid, current.pence - amount_pence, current.version + 1))
