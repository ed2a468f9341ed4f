"""Personal access tokens for beekeepers who script against the HiveSense API.

Tokens are shown once at creation. Only a SHA-256 digest of the token is
stored, so a copy of the database cannot be replayed against the API. The
token itself is 256 bits from the OS CSPRNG.
"""

import hashlib
import secrets
from datetime import datetime, timezone

from sqlalchemy import Column, DateTime, Integer, String, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

TOKEN_PREFIX = "hs_pat_"


class ApiToken(Base):
    __tablename__ = "api_tokens"

    id = Column(Integer, primary_key=True)
    beekeeper_id = Column(Integer, nullable=False, index=True)
    label = Column(String(80), nullable=False)
    token_digest = Column(String(64), nullable=False, unique=True)
    created_at = Column(DateTime(timezone=True), nullable=False)
    revoked_at = Column(DateTime(timezone=True))


def _digest(raw_token: str) -> str:
    return hashlib.sha256(raw_token.encode("ascii")).hexdigest()


def create_token(session: Session, beekeeper_id: int, label: str) -> str:
    raw = TOKEN_PREFIX + secrets.token_urlsafe(32)
    session.add(
        ApiToken(
            beekeeper_id=beekeeper_id,
            label=label[:80],
            token_digest=_digest(raw),
            created_at=datetime.now(timezone.utc),
        )
    )
    return raw


def resolve_token(session: Session, presented: str) -> ApiToken | None:
    if not presented.startswith(TOKEN_PREFIX):
        return None
    stmt = select(ApiToken).where(
        ApiToken.token_digest == _digest(presented),
        ApiToken.revoked_at.is_(None),
    )
    return session.execute(stmt).scalar_one_or_none()
