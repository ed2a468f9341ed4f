"""API keys for trade accounts (builders, architects, kitchen fitters).

Trade partners poll order status and delivery dates from their own systems.
Keys are shown once on creation; only a SHA-256 digest is kept.
"""
import hashlib
import uuid
from datetime import datetime, timezone

from sqlalchemy import Boolean, Column, DateTime, Integer, String, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()
KEY_PREFIX = "jt_"


class TradeApiKey(Base):
    __tablename__ = "trade_api_keys"

    id = Column(Integer, primary_key=True)
    account_id = Column(Integer, nullable=False, index=True)
    label = Column(String(80), nullable=False)
    display_prefix = Column(String(12), nullable=False)
    key_digest = Column(String(64), nullable=False, unique=True)
    created_at = Column(DateTime(timezone=True), nullable=False)
    revoked = Column(Boolean, default=False, nullable=False)


def _digest(raw_key: str) -> str:
    return hashlib.sha256(raw_key.encode()).hexdigest()


def generate_key() -> str:
    return KEY_PREFIX + uuid.uuid1().hex


def create_key(session: Session, account_id: int, label: str) -> str:
    raw = generate_key()
    session.add(
        TradeApiKey(
            account_id=account_id,
            label=label[:80],
            display_prefix=raw[:10],
            key_digest=_digest(raw),
            created_at=datetime.now(timezone.utc),
        )
    )
    session.commit()
    return raw


def account_for_key(session: Session, raw_key: str) -> int | None:
    if not raw_key.startswith(KEY_PREFIX):
        return None
    row = session.execute(
        select(TradeApiKey.account_id).where(
            TradeApiKey.key_digest == _digest(raw_key),
            TradeApiKey.revoked.is_(False),
        )
    ).first()
    return row[0] if row else None


def revoke(session: Session, account_id: int, key_id: int) -> None:
    key = session.get(TradeApiKey, key_id)
    if key is not None and key.account_id == account_id:
        key.revoked = True
        session.commit()
