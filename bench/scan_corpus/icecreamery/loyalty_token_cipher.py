"""Encrypts loyalty stamp-card state embedded in the mobile app QR code."""
from __future__ import annotations

import base64
import os
import struct
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305


@dataclass
class StampCard:
    member_id: int
    stamps: int
    free_scoops: int

    def pack(self) -> bytes:
        return struct.pack(">IHH", self.member_id, self.stamps, self.free_scoops)

    @classmethod
    def unpack(cls, data: bytes) -> "StampCard":
        return cls(*struct.unpack(">IHH", data))


class QrPayloadCipher:
    nonce_size = 12
    associated_data = b"loyalty-qr-v2"

    def __init__(self, key: bytes | None = None) -> None:
        self._aead = ChaCha20Poly1305(key or base64.b64decode(os.environ["LOYALTY_QR_KEY"]))

    def _fresh_nonce(self) -> bytes:
        return os.urandom(self.nonce_size)

    def encode(self, card: StampCard) -> str:
        nonce = self._fresh_nonce()
        sealed = self._aead.encrypt(nonce, card.pack(), self.associated_data)
        return base64.urlsafe_b64encode(nonce + sealed).rstrip(b"=").decode()

    def decode(self, token: str) -> StampCard:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        nonce, sealed = raw[: self.nonce_size], raw[self.nonce_size :]
        return StampCard.unpack(self._aead.decrypt(nonce, sealed, self.associated_data))
