"""Seals loyalty-card balances stored on the card's NFC chip so tills can detect tampering."""
from __future__ import annotations

import base64
import os
import struct
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class SealFormat:
    version = 2
    nonce_bytes = 12
    aad_prefix = b"heels-keys-loyalty"


@dataclass(frozen=True)
class Balance:
    card_number: str
    points: int
    stamps: int


class BalanceSealer:
    def __init__(self, key: bytes, fmt: type[SealFormat] = SealFormat) -> None:
        self._aead = AESGCM(key)
        self.fmt = fmt

    @classmethod
    def from_env(cls) -> "BalanceSealer":
        return cls(base64.b64decode(os.environ["LOYALTY_SEAL_KEY"]))

    def _aad(self, card_number: str) -> bytes:
        return self.fmt.aad_prefix + b":" + card_number.encode()

    def seal(self, balance: Balance) -> bytes:
        nonce = os.urandom(self.fmt.nonce_bytes)
        body = struct.pack(">II", balance.points, balance.stamps)
        ct = self._aead.encrypt(nonce, body, self._aad(balance.card_number))
        return bytes([self.fmt.version]) + nonce + ct

    def unseal(self, card_number: str, blob: bytes) -> Balance:
        if blob[0] != self.fmt.version:
            raise ValueError("unsupported seal version")
        nonce = blob[1:1 + self.fmt.nonce_bytes]
        ct = blob[1 + self.fmt.nonce_bytes:]
        points, stamps = struct.unpack(">II", self._aead.decrypt(nonce, ct, self._aad(card_number)))
        return Balance(card_number=card_number, points=points, stamps=stamps)


def add_stamp(sealer: BalanceSealer, card_number: str, blob: bytes) -> bytes:
    current = sealer.unseal(card_number, blob)
    stamps = current.stamps + 1
    bonus = 50 if stamps % 10 == 0 else 0
    return sealer.seal(Balance(card_number, current.points + bonus, stamps))
