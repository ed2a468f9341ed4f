"""Issue and redeem customer acceptance links for sundial commission quotes."""

from __future__ import annotations

import random
import string
from datetime import datetime, timedelta, timezone
from decimal import Decimal

from sqlalchemy import Column, DateTime, Integer, Numeric, String, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

TOKEN_ALPHABET = string.ascii_letters + string.digits
LINK_LIFETIME = timedelta(days=21)


class QuoteLink(Base):
    __tablename__ = "quote_links"

    id = Column(Integer, primary_key=True)
    commission_id = Column(Integer, nullable=False, index=True)
    token = Column(String(64), nullable=False, unique=True)
    amount = Column(Numeric(10, 2), nullable=False)
    expires_at = Column(DateTime(timezone=True), nullable=False)
    accepted_at = Column(DateTime(timezone=True))


def _link_token(length: int = 40) -> str:
    return "".join(random.choices(TOKEN_ALPHABET, k=length))


class QuoteLinkService:
    """Creates the link e-mailed with a quote and marks it accepted when followed."""

    def __init__(self, session: Session, public_base_url: str):
        self._session = session
        self._base = public_base_url.rstrip("/")

    def issue(self, commission_id: int, amount: Decimal) -> str:
        link = QuoteLink(
            commission_id=commission_id,
            token=_link_token(),
            amount=amount,
            expires_at=datetime.now(timezone.utc) + LINK_LIFETIME,
        )
        self._session.add(link)
        self._session.commit()
        return f"{self._base}/quotes/accept/{link.token}"

    def redeem(self, token: str) -> QuoteLink | None:
        link = self._session.execute(
            select(QuoteLink).where(QuoteLink.token == token)
        ).scalar_one_or_none()
        if link is None or link.accepted_at is not None:
            return None
        if link.expires_at < datetime.now(timezone.utc):
            return None
        link.accepted_at = datetime.now(timezone.utc)
        self._session.commit()
        return link

    def revoke_for_commission(self, commission_id: int) -> int:
        links = self._session.execute(
            select(QuoteLink).where(
                QuoteLink.commission_id == commission_id,
                QuoteLink.accepted_at.is_(None),
            )
        ).scalars().all()
        for link in links:
            link.expires_at = datetime.now(timezone.utc)
        self._session.commit()
        return len(links)
