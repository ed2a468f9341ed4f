"""Keyed lookup index for card UIDs.

Support staff search transactions by the UID printed on the back of a card.
We store an HMAC of the UID instead of the UID itself; the same input always
gives the same index so equality lookups still work.
"""
import hashlib
import hmac
import os

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import CardTransaction


def _index_key() -> bytes:
    return bytes.fromhex(os.environ["CARD_INDEX_KEY"])


def card_index(uid_hex: str) -> str:
    uid = bytes.fromhex(uid_hex.replace(":", "").strip())
    return hmac.new(_index_key(), uid, hashlib.sha256).hexdigest()


def transactions_for_card(db: Session, uid_hex: str, limit: int = 50):
    stmt = (
        select(CardTransaction)
        .where(CardTransaction.card_index == card_index(uid_hex))
        .order_by(CardTransaction.created_at.desc())
        .limit(limit)
    )
    return db.scalars(stmt).all()


def record_transaction(db: Session, uid_hex: str, store_id: int, amount_cents: int) -> CardTransaction:
    tx = CardTransaction(card_index=card_index(uid_hex), store_id=store_id, amount_cents=amount_cents)
    db.add(tx)
    return tx
