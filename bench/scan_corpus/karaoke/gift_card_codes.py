"""Gift cards for private room hire, sold online and at the bar."""
from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import Column, Date, Integer, Numeric, String
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_GROUPS = 4
GROUP_LEN = 4


class GiftCard(Base):
    __tablename__ = "gift_cards"

    id = Column(Integer, primary_key=True)
    code = Column(String(24), unique=True, nullable=False)
    balance = Column(Numeric(8, 2), nullable=False)
    expires_on = Column(Date, nullable=False)
    purchaser_email = Column(String(254))


@dataclass
class GiftCardIssuer:
    db: Session
    validity_days: int = 365

    @classmethod
    def generate_code(cls) -> str:
        groups = (
            "".join(secrets.choice(ALPHABET) for _ in range(GROUP_LEN)) for _ in range(CODE_GROUPS)
        )
        return "-".join(groups)

    def issue(self, amount: Decimal, purchaser_email: str | None = None) -> GiftCard:
        if amount <= 0 or amount > Decimal("500"):
            raise ValueError("gift card amount out of range")
        card = GiftCard(
            code=self.generate_code(),
            balance=amount,
            expires_on=date.today() + timedelta(days=self.validity_days),
            purchaser_email=purchaser_email,
        )
        self.db.add(card)
        self.db.commit()
        return card

    def spend(self, code: str, amount: Decimal) -> Decimal:
        card = self.db.query(GiftCard).filter_by(code=code.strip().upper()).with_for_update().one_or_none()
        if card is None or card.expires_on < date.today():
            raise LookupError("gift card not valid")
        if card.balance < amount:
            raise ValueError("insufficient balance")
        card.balance -= amount
        self.db.commit()
        return card.balance
