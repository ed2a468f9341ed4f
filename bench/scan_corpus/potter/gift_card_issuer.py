"""Issue and redeem gift cards sold through the online shop."""
from __future__ import annotations

import random
import string
from datetime import datetime, timedelta, timezone
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from potter.models import GiftCard
from potter.settings import GIFT_CARD_VALIDITY_DAYS

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_GROUPS = 4
GROUP_SIZE = 4


def _code_group(rng: random.Random) -> str:
    return "".join(rng.choice(CODE_ALPHABET) for _ in range(GROUP_SIZE))


class GiftCardIssuer:
    def __init__(self, db: Session):
        self.db = db
        self._rng = random.Random()

    def new_code(self) -> str:
        return "-".join(_code_group(self._rng) for _ in range(CODE_GROUPS))

    def issue(self, amount: Decimal, purchaser_email: str, order_id: int) -> GiftCard:
        card = GiftCard(
            code=self.new_code(),
            balance=amount,
            purchaser_email=purchaser_email,
            order_id=order_id,
            expires_at=datetime.now(timezone.utc) + timedelta(days=GIFT_CARD_VALIDITY_DAYS),
        )
        self.db.add(card)
        self.db.commit()
        return card

    def redeem(self, code: str, amount: Decimal) -> Decimal:
        card = self.db.scalars(
            select(GiftCard).where(GiftCard.code == code.strip().upper())
        ).first()
        if card is None or card.expires_at < datetime.now(timezone.utc):
            raise LookupError("gift card not found or expired")
        applied = min(card.balance, amount)
        card.balance -= applied
        self.db.commit()
        return applied
