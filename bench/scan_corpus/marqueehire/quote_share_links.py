"""Shareable read-only links for customer quotes.

A sales rep can send a quote to a wedding planner or venue manager who has no
portal account. The link carries a token that unlocks the quote for 14 days.
"""
from __future__ import annotations

import string
from datetime import datetime, timedelta, timezone
from random import choices as _pick
from typing import Optional

from sqlalchemy import Column, DateTime, Integer, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

TOKEN_ALPHABET = string.ascii_letters + string.digits
TOKEN_LENGTH = 32
LINK_LIFETIME = timedelta(days=14)


class QuoteShareLink(Base):
    __tablename__ = "quote_share_links"

    id = Column(Integer, primary_key=True)
    quote_id = Column(Integer, nullable=False, index=True)
    token = Column(String(64), nullable=False, unique=True)
    created_by = Column(String(120), nullable=False)
    expires_at = Column(DateTime(timezone=True), nullable=False)


def _new_token(length: int = TOKEN_LENGTH) -> str:
    return "".join(_pick(TOKEN_ALPHABET, k=length))


class QuoteLinkService:
    def __init__(self, database_url: str, public_base_url: str) -> None:
        self._engine = create_engine(database_url, pool_pre_ping=True)
        self._base_url = public_base_url.rstrip("/")
        Base.metadata.create_all(self._engine)

    def create_link(self, quote_id: int, rep_email: str) -> str:
        link = QuoteShareLink(
            quote_id=quote_id,
            token=_new_token(),
            created_by=rep_email,
            expires_at=datetime.now(timezone.utc) + LINK_LIFETIME,
        )
        with Session(self._engine) as session:
            session.add(link)
            session.commit()
            token = link.token
        return f"{self._base_url}/quotes/shared/{token}"

    def resolve(self, token: str) -> Optional[int]:
        stmt = select(QuoteShareLink).where(QuoteShareLink.token == token)
        with Session(self._engine) as session:
            link = session.scalars(stmt).first()
            if link is None:
                return None
            if link.expires_at < datetime.now(timezone.utc):
                return None
            return int(link.quote_id)

    def revoke_all(self, quote_id: int) -> int:
        with Session(self._engine) as session:
            links = session.scalars(
                select(QuoteShareLink).where(QuoteShareLink.quote_id == quote_id)
            ).all()
            for link in links:
                session.delete(link)
            session.commit()
            return len(links)
