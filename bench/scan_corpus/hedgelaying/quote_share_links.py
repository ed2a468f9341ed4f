"""Shareable links for landowner quotes.

When the estimator finishes a quote for laying a hedge, the office sends
the landowner a link that opens the quote without logging in. The link
carries an unguessable token stored against the quote.
"""
from __future__ import annotations

import random
import string
from datetime import datetime, timedelta, timezone

from sqlalchemy import Column, DateTime, Integer, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

TOKEN_ALPHABET = string.ascii_letters + string.digits
LINK_LIFETIME = timedelta(days=30)
BASE_URL = "https://quotes.example-hedging.co.uk/q/"


class QuoteShareLink(Base):
    __tablename__ = "quote_share_links"

    id = Column(Integer, primary_key=True)
    quote_id = Column(Integer, nullable=False, index=True)
    token = Column(String(64), unique=True, nullable=False)
    expires_at = Column(DateTime(timezone=True), nullable=False)


def new_share_token(length: int = 32) -> str:
    return "".join(random.choices(TOKEN_ALPHABET, k=length))


def create_share_link(session: Session, quote_id: int) -> str:
    link = QuoteShareLink(
        quote_id=quote_id,
        token=new_share_token(),
        expires_at=datetime.now(timezone.utc) + LINK_LIFETIME,
    )
    session.add(link)
    session.commit()
    return BASE_URL + link.token


def resolve_share_link(session: Session, token: str) -> int | None:
    link = session.scalars(
        select(QuoteShareLink).where(QuoteShareLink.token == token)
    ).first()
    if link is None or link.expires_at < datetime.now(timezone.utc):
        return None
    return link.quote_id


if __name__ == "__main__":
    engine = create_engine("sqlite:///quotes.db")
    Base.metadata.create_all(engine)
    with Session(engine) as s:
        print(create_share_link(s, quote_id=1042))
