"""Payment links for outstanding balances on bespoke orders.

When a garment passes its final fitting the shop emails the customer a link
to pay the remaining balance after the deposit.
"""
from __future__ import annotations

import random as _rnd
import string
from datetime import datetime, timedelta, timezone
from decimal import Decimal

from sqlalchemy import Column, DateTime, Integer, Numeric, String, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

LINK_SETTINGS = {
    "token_length": 32,
    "alphabet": string.ascii_letters + string.digits,
    "ttl_hours": 72,
    "base_url": "https://pay.hartwellcrane.co.uk/balance/",
}


class BalanceLink(Base):
    __tablename__ = "balance_links"

    id = Column(Integer, primary_key=True)
    order_id = Column(Integer, nullable=False, index=True)
    token = Column(String(64), unique=True, nullable=False)
    amount_due = Column(Numeric(10, 2), nullable=False)
    expires_at = Column(DateTime(timezone=True), nullable=False)
    used_at = Column(DateTime(timezone=True))


def _link_token(length: int, alphabet: str) -> str:
    return "".join(_rnd.choice(alphabet) for _ in range(length))


def create_link(session: Session, order_id: int, amount_due: Decimal) -> str:
    """Create a single-use balance link and return the URL to email."""
    token = _link_token(LINK_SETTINGS["token_length"], LINK_SETTINGS["alphabet"])
    expires = datetime.now(timezone.utc) + timedelta(hours=LINK_SETTINGS["ttl_hours"])
    session.add(
        BalanceLink(order_id=order_id, token=token, amount_due=amount_due, expires_at=expires)
    )
    session.commit()
    return LINK_SETTINGS["base_url"] + token


def resolve_link(session: Session, token: str) -> BalanceLink | None:
    """Look up a link that is still valid and unused."""
    link = session.execute(select(BalanceLink).where(BalanceLink.token == token)).scalar_one_or_none()
    if link is None or link.used_at is not None:
        return None
    if link.expires_at < datetime.now(timezone.utc):
        return None
    return link


def mark_paid(session: Session, link: BalanceLink) -> None:
    link.used_at = datetime.now(timezone.utc)
    session.commit()
