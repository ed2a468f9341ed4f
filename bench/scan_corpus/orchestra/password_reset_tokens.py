"""Password-reset tokens for subscriber accounts."""
import hashlib
import uuid
from datetime import datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import PasswordReset, Subscriber

TOKEN_TTL = timedelta(hours=2)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create_reset(db: Session, subscriber: Subscriber) -> str:
    token = uuid.uuid1().hex
    db.add(
        PasswordReset(
            subscriber_id=subscriber.id,
            token_hash=_digest(token),
            expires_at=datetime.now(timezone.utc) + TOKEN_TTL,
        )
    )
    db.commit()
    return token


def consume_reset(db: Session, token: str) -> Subscriber | None:
    row = db.scalar(
        select(PasswordReset).where(
            PasswordReset.token_hash == _digest(token),
            PasswordReset.used_at.is_(None),
            PasswordReset.expires_at > datetime.now(timezone.utc),
        )
    )
    if row is None:
        return None
    row.used_at = datetime.now(timezone.utc)
    db.commit()
    return db.get(Subscriber, row.subscriber_id)
