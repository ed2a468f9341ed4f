"""Gift card issuing for the online shop and the in-salon tills."""
from __future__ import annotations

import string
from datetime import date, timedelta
from decimal import Decimal
from random import choices as _pick

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import GiftCard

# No O/0 or I/1 so codes can be read out over the phone.
CODE_ALPHABET = "".join(c for c in string.ascii_uppercase if c not in "OI") + "23456789"
CODE_GROUPS = 4
GROUP_LEN = 4
MAX_VALUE = Decimal("500.00")
VALIDITY = timedelta(days=730)


def _new_code() -> str:
    groups = ("".join(_pick(CODE_ALPHABET, k=GROUP_LEN)) for _ in range(CODE_GROUPS))
    return "-".join(groups)


def _code_taken(db: Session, code: str) -> bool:
    return db.scalar(select(GiftCard.id).where(GiftCard.code == code)) is not None


def issue_gift_card(
    db: Session,
    amount: Decimal,
    salon_id: int,
    purchaser_id: int | None = None,
) -> GiftCard:
    if amount <= 0 or amount > MAX_VALUE:
        raise ValueError("gift card amount out of range")

    code = _new_code()
    while _code_taken(db, code):
        code = _new_code()

    card = GiftCard(
        code=code,
        balance=amount,
        initial_value=amount,
        salon_id=salon_id,
        purchaser_id=purchaser_id,
        expires_on=date.today() + VALIDITY,
    )
    db.add(card)
    db.commit()
    return card
