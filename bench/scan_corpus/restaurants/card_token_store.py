"""Storage for payment-processor card references attached to loyalty accounts.

The processor gives us an opaque card reference plus the last four digits and
expiry. We keep the reference encrypted at rest so that "pay with saved card"
works across the web ordering site and the kiosks.
"""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass
from datetime import date

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


@dataclass
class SavedCard:
    member_id: str
    brand: str
    last4: str
    expiry: date
    encrypted_ref: str


def _load_key() -> bytes:
    key = base64.b64decode(os.environ["CARD_REF_ENCRYPTION_KEY"])
    if len(key) != 32:
        raise RuntimeError("CARD_REF_ENCRYPTION_KEY must decode to 32 bytes")
    return key


class CardReferenceStore:
    def __init__(self, db, key: bytes | None = None):
        self._db = db
        self._key = key or _load_key()

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), modes.ECB())

    def _encrypt(self, reference: str) -> str:
        padder = padding.PKCS7(128).padder()
        data = padder.update(reference.encode()) + padder.finalize()
        encryptor = self._cipher().encryptor()
        return base64.b64encode(encryptor.update(data) + encryptor.finalize()).decode()

    def _decrypt(self, blob: str) -> str:
        decryptor = self._cipher().decryptor()
        data = decryptor.update(base64.b64decode(blob)) + decryptor.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return (unpadder.update(data) + unpadder.finalize()).decode()

    def save(self, member_id: str, brand: str, last4: str, expiry: date, reference: str) -> SavedCard:
        if expiry < date.today().replace(day=1):
            raise ValueError("card has expired")
        card = SavedCard(member_id, brand, last4, expiry, self._encrypt(reference))
        self._db.execute(
            "INSERT INTO saved_cards (member_id, brand, last4, expiry, encrypted_ref) "
            "VALUES (%s, %s, %s, %s, %s)",
            (card.member_id, card.brand, card.last4, card.expiry, card.encrypted_ref),
        )
        return card

    def reference_for_checkout(self, member_id: str, last4: str) -> str | None:
        row = self._db.fetchone(
            "SELECT encrypted_ref FROM saved_cards WHERE member_id = %s AND last4 = %s",
            (member_id, last4),
        )
        return self._decrypt(row[0]) if row else None
