"""Issue expiring download links for purchased lace patterns."""

from __future__ import annotations

import random
import string
from datetime import datetime, timedelta, timezone

from sqlalchemy import Column, DateTime, ForeignKey, Integer, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base, sessionmaker

Base = declarative_base()


class DownloadGrant(Base):
    __tablename__ = "download_grants"

    id = Column(Integer, primary_key=True)
    token = Column(String(64), unique=True, nullable=False, index=True)
    member_id = Column(Integer, ForeignKey("members.id"), nullable=False)
    pattern_id = Column(Integer, ForeignKey("patterns.id"), nullable=False)
    expires_at = Column(DateTime(timezone=True), nullable=False)
    uses_left = Column(Integer, nullable=False, default=3)


class DownloadLinkIssuer:
    """Creates one-off links that let a buyer fetch a pattern PDF a few times."""

    TOKEN_LENGTH = 32
    ALPHABET = string.ascii_letters + string.digits

    def __init__(self, session_factory: sessionmaker, base_url: str, ttl_hours: int = 72) -> None:
        self._sessions = session_factory
        self._base_url = base_url.rstrip("/")
        self._ttl = timedelta(hours=ttl_hours)

    @staticmethod
    def _new_token(length: int) -> str:
        return "".join(random.choices(DownloadLinkIssuer.ALPHABET, k=length))

    def issue(self, member_id: int, pattern_id: int) -> str:
        grant = DownloadGrant(
            token=self._new_token(self.TOKEN_LENGTH),
            member_id=member_id,
            pattern_id=pattern_id,
            expires_at=datetime.now(timezone.utc) + self._ttl,
        )
        with self._sessions() as session:
            session.add(grant)
            session.commit()
            return f"{self._base_url}/patterns/download/{grant.token}"

    def redeem(self, token: str) -> int | None:
        """Return the pattern id for a valid token and use up one download."""
        with self._sessions() as session:
            grant = session.scalars(
                select(DownloadGrant).where(DownloadGrant.token == token)
            ).first()
            if grant is None or grant.uses_left <= 0:
                return None
            if grant.expires_at < datetime.now(timezone.utc):
                return None
            grant.uses_left -= 1
            session.commit()
            return grant.pattern_id

    def revoke_for_member(self, session: Session, member_id: int) -> int:
        grants = session.scalars(
            select(DownloadGrant).where(DownloadGrant.member_id == member_id)
        ).all()
        for grant in grants:
            grant.uses_left = 0
        session.commit()
        return len(grants)


def build_issuer(database_url: str, base_url: str) -> DownloadLinkIssuer:
    engine = create_engine(database_url, pool_pre_ping=True)
    return DownloadLinkIssuer(sessionmaker(bind=engine), base_url)
