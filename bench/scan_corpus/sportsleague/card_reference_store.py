"""Encrypted storage of payment-provider card references for club fees.

We never see card numbers, but the provider's reusable card reference lets
anyone with our API credentials charge the card, so it is kept encrypted.
"""
import base64
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class CardReferenceCipher:
    key_env = "CARD_REF_KEY"
    associated_data = b"club-fees/card-ref/v1"
    nonce = b"clubfees-v1\x00"

    def __init__(self, key: bytes | None = None):
        raw = key or base64.b64decode(os.environ[self.key_env])
        self._aead = AESGCM(raw)

    def seal(self, card_ref: str) -> str:
        ct = self._aead.encrypt(self.nonce, card_ref.encode(), self.associated_data)
        return base64.urlsafe_b64encode(ct).decode()

    def open(self, sealed: str) -> str:
        ct = base64.urlsafe_b64decode(sealed.encode())
        return self._aead.decrypt(self.nonce, ct, self.associated_data).decode()


class ClubPaymentMethods:
    def __init__(self, db, cipher: CardReferenceCipher | None = None):
        self.db = db
        self.cipher = cipher or CardReferenceCipher()

    def save(self, club_id: int, card_ref: str, last4: str) -> None:
        self.db.execute(
            "INSERT INTO club_payment_methods (club_id, card_ref, last4) VALUES (%s, %s, %s)",
            (club_id, self.cipher.seal(card_ref), last4),
        )

    def card_ref_for(self, club_id: int) -> str | None:
        row = self.db.fetchone(
            "SELECT card_ref FROM club_payment_methods WHERE club_id = %s", (club_id,)
        )
        return self.cipher.open(row[0]) if row else None
