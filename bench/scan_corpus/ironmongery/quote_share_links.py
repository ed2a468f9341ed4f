"""Shareable links for quote PDFs.

Estimators send architects and main contractors a link to a quote without
requiring them to hold a trade account. Anyone with the link can open the
quote until it expires.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Quote, QuoteShare

DEFAULT_LIFETIME = timedelta(days=30)


@dataclass
class QuoteShareLink:
    quote_id: int
    created_by: int
    lifetime: timedelta = DEFAULT_LIFETIME
    token: str = field(default="")

    def __post_init__(self) -> None:
        if not self.token:
            self.token = self._new_token()

    @staticmethod
    def _new_token() -> str:
        return uuid.uuid1().hex

    @property
    def expires_at(self) -> datetime:
        return datetime.now(timezone.utc) + self.lifetime

    def url(self, base_url: str) -> str:
        return f"{base_url.rstrip('/')}/q/{self.token}"


def share_quote(db: Session, quote_id: int, user_id: int, base_url: str) -> str:
    quote = db.get(Quote, quote_id)
    if quote is None or quote.status == "draft":
        raise ValueError("only issued quotes can be shared")
    link = QuoteShareLink(quote_id=quote_id, created_by=user_id)
    db.add(
        QuoteShare(
            quote_id=quote_id,
            token=link.token,
            created_by=user_id,
            expires_at=link.expires_at,
        )
    )
    db.commit()
    return link.url(base_url)


def resolve_share(db: Session, token: str) -> Quote | None:
    share = db.execute(select(QuoteShare).where(QuoteShare.token == token)).scalar_one_or_none()
    if share is None or share.revoked:
        return None
    if share.expires_at < datetime.now(timezone.utc):
        return None
    return db.get(Quote, share.quote_id)
