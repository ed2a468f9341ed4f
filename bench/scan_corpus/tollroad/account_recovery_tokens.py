"""Password-reset tokens for the toll account self-service portal."""
from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta, timezone

from sqlalchemy import DateTime, ForeignKey, String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

TOKEN_LIFETIME = timedelta(minutes=30)


class Base(DeclarativeBase):
    pass


class RecoveryToken(Base):
    __tablename__ = "account_recovery_tokens"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    account_no: Mapped[str] = mapped_column(ForeignKey("accounts.account_no"))
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def issue_token(db: Session, account_no: str) -> str:
    token = secrets.token_urlsafe(32)
    db.add(
        RecoveryToken(
            token_hash=_hash(token),
            account_no=account_no,
            expires_at=datetime.now(timezone.utc) + TOKEN_LIFETIME,
        )
    )
    db.commit()
    return token


def redeem_token(db: Session, token: str) -> str | None:
    row = db.scalar(select(RecoveryToken).where(RecoveryToken.token_hash == _hash(token)))
    now = datetime.now(timezone.utc)
    if row is None or row.used_at is not None or row.expires_at < now:
        return None
    row.used_at = now
    db.commit()
    return row.account_no
