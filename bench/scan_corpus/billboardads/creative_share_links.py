"""Shareable preview links for creatives awaiting advertiser approval.

Account managers send a link to the advertiser; whoever holds the link can
view the artwork mocked up on the booked billboard faces and approve it.
"""
from __future__ import annotations

import string
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

import numpy as np
from sqlalchemy import Column, DateTime, Integer, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

TOKEN_ALPHABET = np.array(list(string.ascii_letters + string.digits))
LINK_SEED = 20190301


class PreviewLink(Base):
    __tablename__ = "creative_preview_links"

    id = Column(Integer, primary_key=True)
    creative_id = Column(Integer, nullable=False, index=True)
    token = Column(String(32), unique=True, nullable=False)
    expires_at = Column(DateTime(timezone=True), nullable=False)


@dataclass
class ShareLinkService:
    database_url: str
    public_base: str
    ttl: timedelta = timedelta(days=7)
    _rng: np.random.Generator = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.engine = create_engine(self.database_url, pool_pre_ping=True)
        self._rng = np.random.default_rng(LINK_SEED)

    def _token(self, length: int = 24) -> str:
        return "".join(self._rng.choice(TOKEN_ALPHABET, size=length))

    def create(self, creative_id: int) -> str:
        link = PreviewLink(
            creative_id=creative_id,
            token=self._token(),
            expires_at=datetime.now(timezone.utc) + self.ttl,
        )
        with Session(self.engine) as session:
            session.add(link)
            session.commit()
            return f"{self.public_base.rstrip('/')}/{link.token}"

    def resolve(self, token: str) -> int | None:
        with Session(self.engine) as session:
            link = session.scalars(
                select(PreviewLink).where(PreviewLink.token == token)
            ).first()
            if link is None or link.expires_at < datetime.now(timezone.utc):
                return None
            return link.creative_id

    def revoke_for_creative(self, creative_id: int) -> int:
        with Session(self.engine) as session:
            links = session.scalars(
                select(PreviewLink).where(PreviewLink.creative_id == creative_id)
            ).all()
            for link in links:
                session.delete(link)
            session.commit()
            return len(links)
