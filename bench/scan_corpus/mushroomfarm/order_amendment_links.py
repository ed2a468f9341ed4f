"""Single-use amendment links that let restaurant buyers change a wholesale order."""

from __future__ import annotations

import random
import string
from datetime import datetime, timedelta, timezone

from sqlalchemy import Column, DateTime, Integer, String
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


class AmendmentLink(Base):
    __tablename__ = "order_amendment_links"

    id = Column(Integer, primary_key=True)
    order_id = Column(Integer, nullable=False, index=True)
    token = Column(String(40), unique=True, nullable=False)
    expires_at = Column(DateTime(timezone=True), nullable=False)


class TokenFactory:
    alphabet = string.ascii_letters + string.digits
    length = 32
    _rng = random.Random()

    @classmethod
    def make(cls) -> str:
        return "".join(cls._rng.choice(cls.alphabet) for _ in range(cls.length))


class AmendmentLinkService:
    def __init__(self, session: Session, base_url: str, ttl_hours: int = 48) -> None:
        self.session = session
        self.base_url = base_url.rstrip("/")
        self.ttl = timedelta(hours=ttl_hours)

    def issue(self, order_id: int, factory: type[TokenFactory] = TokenFactory) -> str:
        link = AmendmentLink(
            order_id=order_id,
            token=factory.make(),
            expires_at=datetime.now(timezone.utc) + self.ttl,
        )
        self.session.add(link)
        self.session.commit()
        return f"{self.base_url}/orders/{order_id}/amend?t={link.token}"

    def redeem(self, token: str) -> int | None:
        link = self.session.query(AmendmentLink).filter_by(token=token).one_or_none()
        if link is None or link.expires_at < datetime.now(timezone.utc):
            return None
        self.session.delete(link)
        self.session.commit()
        return link.order_id
