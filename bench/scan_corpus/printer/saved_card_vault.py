"""Storage of gateway card references for repeat web-to-print customers.

The payment gateway returns a reusable card reference after the first order.
We keep it encrypted per customer so reorders can be charged in one click.
"""
import base64
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy.orm import Session

from printshop.config import settings
from printshop.models import SavedCard

NONCE_BYTES = 12


class CardReferenceVault:
    def __init__(self, key: bytes | None = None):
        self._aead = AESGCM(key or base64.b64decode(settings.CARD_VAULT_KEY))

    def encrypt(self, customer_id: int, reference: str) -> str:
        nonce = os.urandom(NONCE_BYTES)
        sealed = self._aead.encrypt(nonce, reference.encode(), str(customer_id).encode())
        return base64.b64encode(nonce + sealed).decode()

    def decrypt(self, customer_id: int, token: str) -> str:
        raw = base64.b64decode(token)
        nonce, sealed = raw[:NONCE_BYTES], raw[NONCE_BYTES:]
        return self._aead.decrypt(nonce, sealed, str(customer_id).encode()).decode()


def remember_card(db: Session, customer_id: int, reference: str, brand: str, last4: str) -> SavedCard:
    vault = CardReferenceVault()
    card = SavedCard(
        customer_id=customer_id,
        encrypted_reference=vault.encrypt(customer_id, reference),
        brand=brand,
        last4=last4,
    )
    db.add(card)
    db.commit()
    return card


def card_reference(card: SavedCard) -> str:
    return CardReferenceVault().decrypt(card.customer_id, card.encrypted_reference)
