"""Shareable, login-free links for landowner quotes.

The estimator sends each landowner a link to view and accept a quote for
hedgelaying, coppicing or fencing work. Only a hash of the token is kept,
so a leaked database dump does not give working links.
"""
from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta, timezone

from sqlalchemy import Column, DateTime, Integer, String, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

LINK_LIFETIME = timedelta(days=30)


class QuoteLink(Base):
    __tablename__ = "quote_links"

    id = Column(Integer, primary_key=True)
    quote_id = Column(Integer, nullable=False, index=True)
    token_hash = Column(String(64), unique=True, nullable=False)
    expires_at = Column(DateTime(timezone=True), nullable=False)


def _hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


def make_quote_link(session: Session, quote_id: int, base_url: str) -> str:
    token = secrets.token_urlsafe(32)
    session.add(
        QuoteLink(
            quote_id=quote_id,
            token_hash=_hash_token(token),
            expires_at=datetime.now(timezone.utc) + LINK_LIFETIME,
        )
    )
    session.commit()
    return f"{base_url.rstrip('/')}/q/{token}"


def quote_for_token(session: Session, token: str) -> int | None:
    link = session.scalars(
        select(QuoteLink).where(QuoteLink.token_hash == _hash_token(token))
    ).first()
    if link is None or link.expires_at < datetime.now(timezone.utc):
        return None
    return link.quote_id


def revoke_quote_links(session: Session, quote_id: int) -> None:
    for link in session.scalars(select(QuoteLink).where(QuoteLink.quote_id == quote_id)):
        session.delete(link)
    session.commit()
