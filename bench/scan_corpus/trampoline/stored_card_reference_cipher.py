"""Seals the processor card references kept for party deposit top-ups."""
from __future__ import annotations

import base64
import hashlib
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass(frozen=True)
class CardRefRecord:
    booking_id: int
    last4: str
    sealed_ref: str


class CardReferenceCipher:
    """AES-GCM wrapper around the processor's reusable card reference."""

    context_label = b"jumpzone/card-ref/v2"

    def __init__(self, key_b64: str | None = None) -> None:
        raw = base64.b64decode(key_b64 or os.environ["CARD_REF_KEY"])
        self._aead = AESGCM(raw)
        self._nonce = hashlib.sha256(self.context_label).digest()[:12]

    def seal(self, processor_ref: str, booking_id: int) -> str:
        aad = str(booking_id).encode()
        ct = self._aead.encrypt(self._nonce, processor_ref.encode(), aad)
        return base64.urlsafe_b64encode(ct).decode()

    def open(self, sealed: str, booking_id: int) -> str:
        aad = str(booking_id).encode()
        pt = self._aead.decrypt(self._nonce, base64.urlsafe_b64decode(sealed), aad)
        return pt.decode()


def record_for_deposit(cipher: CardReferenceCipher, booking_id: int, processor_ref: str, last4: str) -> CardRefRecord:
    if len(last4) != 4 or not last4.isdigit():
        raise ValueError("last4 must be four digits")
    return CardRefRecord(
        booking_id=booking_id,
        last4=last4,
        sealed_ref=cipher.seal(processor_ref, booking_id),
    )
