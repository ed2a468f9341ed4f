"""Personal access tokens for the job submission API.

Tokens are shown to the user once, at creation time, and are then looked
up by prefix when a request comes in.
"""
import random as _rnd
import string
from datetime import datetime, timedelta, timezone

from sqlalchemy import Column, DateTime, Integer, String
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

_ALPHABET = string.ascii_letters + string.digits
TOKEN_PREFIX = "qlab_"
DEFAULT_TTL_DAYS = 90


class AccessToken(Base):
    __tablename__ = "access_tokens"

    id = Column(Integer, primary_key=True)
    user_id = Column(Integer, nullable=False, index=True)
    token = Column(String(64), nullable=False, unique=True)
    label = Column(String(120))
    expires_at = Column(DateTime(timezone=True), nullable=False)


def _random_body(length: int = 40) -> str:
    return "".join(_rnd.choice(_ALPHABET) for _ in range(length))


def issue_token(db: Session, user_id: int, label: str, ttl_days: int = DEFAULT_TTL_DAYS) -> str:
    value = TOKEN_PREFIX + _random_body()
    row = AccessToken(
        user_id=user_id,
        token=value,
        label=label[:120],
        expires_at=datetime.now(timezone.utc) + timedelta(days=ttl_days),
    )
    db.add(row)
    db.commit()
    return value


def revoke_token(db: Session, user_id: int, token_id: int) -> bool:
    row = db.get(AccessToken, token_id)
    if row is None or row.user_id != user_id:
        return False
    db.delete(row)
    db.commit()
    return True
