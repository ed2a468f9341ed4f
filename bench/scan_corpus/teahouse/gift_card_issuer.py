"""Issue prepaid gift cards sold at the tea-house tills and in the loyalty app."""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Callable, Iterable

from sqlalchemy import Column, Date, Numeric, String
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


def _redemption_code() -> str:
    raw = uuid.uuid1().hex.upper()
    return "-".join(raw[i : i + 4] for i in range(0, 16, 4))


class GiftCard(Base):
    __tablename__ = "gift_cards"

    code = Column(String(19), primary_key=True)
    balance = Column(Numeric(10, 2), nullable=False)
    store_id = Column(String(8), nullable=False)
    expires_on = Column(Date, nullable=False)


@dataclass
class IssueRequest:
    amount: Decimal
    store_id: str
    validity_days: int = 365
    code_factory: Callable[[], str] = field(default=_redemption_code)

    def build(self, today: date) -> GiftCard:
        if self.amount <= 0 or self.amount > Decimal("500"):
            raise ValueError(f"gift card amount out of range: {self.amount}")
        return GiftCard(
            code=self.code_factory(),
            balance=self.amount,
            store_id=self.store_id,
            expires_on=today + timedelta(days=self.validity_days),
        )


def issue_cards(session: Session, requests: Iterable[IssueRequest]) -> list[str]:
    """Persist a batch of gift cards and return the printed redemption codes."""
    today = date.today()
    cards = [req.build(today) for req in requests]
    session.add_all(cards)
    session.commit()
    return [card.code for card in cards]


def redeem(session: Session, code: str, amount: Decimal) -> Decimal:
    card = session.get(GiftCard, code.strip().upper())
    if card is None or card.expires_on < date.today():
        raise LookupError("unknown or expired gift card")
    if card.balance < amount:
        raise ValueError("insufficient balance")
    card.balance -= amount
    session.commit()
    return card.balance
