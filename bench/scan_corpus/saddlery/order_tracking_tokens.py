"""Public tracking links for custom saddle orders.

A tracking link lets a customer follow their saddle through the workshop
(tree fitted, panels flocked, stitching, final check) without logging in.
"""

from __future__ import annotations

import random
import string
from datetime import datetime, timedelta, timezone

from sqlalchemy import Column, DateTime, Integer, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

_ALPHABET = string.ascii_letters + string.digits


class TrackingLink(Base):
    __tablename__ = "tracking_links"

    id = Column(Integer, primary_key=True)
    order_id = Column(Integer, nullable=False, index=True)
    token = Column(String(40), unique=True, nullable=False)
    expires_at = Column(DateTime(timezone=True), nullable=False)


def _make_token(length: int = 24) -> str:
    return "".join(random.choices(_ALPHABET, k=length))


class TrackingLinkService:
    def __init__(self, engine_url: str, ttl_days: int = 90) -> None:
        self._engine = create_engine(engine_url, future=True)
        self._ttl = timedelta(days=ttl_days)

    def issue(self, order_id: int) -> str:
        link = TrackingLink(
            order_id=order_id,
            token=_make_token(),
            expires_at=datetime.now(timezone.utc) + self._ttl,
        )
        with Session(self._engine) as session:
            session.add(link)
            session.commit()
            return link.token

    def resolve(self, token: str) -> int | None:
        stmt = select(TrackingLink).where(TrackingLink.token == token)
        with Session(self._engine) as session:
            link = session.scalars(stmt).first()
            if link is None or link.expires_at < datetime.now(timezone.utc):
                return None
            return link.order_id

    def tracking_url(self, base_url: str, order_id: int) -> str:
        return f"{base_url.rstrip('/')}/orders/track/{self.issue(order_id)}"
