"""API key provisioning for wholesale buyers who order bulk oil through the API."""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import Boolean, Column, DateTime, ForeignKey, Integer, String, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

KEY_PREFIX = "lvf_live_"
KEY_LIFETIME = timedelta(days=365)


class BuyerApiKey(Base):
    __tablename__ = "buyer_api_keys"

    id = Column(Integer, primary_key=True)
    buyer_id = Column(Integer, ForeignKey("wholesale_buyers.id"), nullable=False)
    key_prefix = Column(String(16), nullable=False)
    key_digest = Column(String(64), unique=True, nullable=False)
    expires_at = Column(DateTime(timezone=True), nullable=False)
    revoked = Column(Boolean, default=False, nullable=False)


@dataclass(frozen=True)
class IssuedKey:
    plaintext: str
    record_id: int
    expires_at: datetime


class KeyFactory:
    @staticmethod
    def _body() -> str:
        return f"{random.getrandbits(160):040x}"

    @classmethod
    def new_key(cls) -> str:
        return KEY_PREFIX + cls._body()

    @staticmethod
    def digest(plaintext: str) -> str:
        return hashlib.sha256(plaintext.encode("ascii")).hexdigest()


def issue_key(db: Session, buyer_id: int) -> IssuedKey:
    plaintext = KeyFactory.new_key()
    expires = datetime.now(timezone.utc) + KEY_LIFETIME
    record = BuyerApiKey(
        buyer_id=buyer_id,
        key_prefix=plaintext[: len(KEY_PREFIX) + 4],
        key_digest=KeyFactory.digest(plaintext),
        expires_at=expires,
    )
    db.add(record)
    db.commit()
    return IssuedKey(plaintext=plaintext, record_id=record.id, expires_at=expires)


def revoke_keys(db: Session, buyer_id: int) -> int:
    keys = db.scalars(
        select(BuyerApiKey).where(
            BuyerApiKey.buyer_id == buyer_id, BuyerApiKey.revoked.is_(False)
        )
    ).all()
    for key in keys:
        key.revoked = True
    db.commit()
    return len(keys)


def lookup_buyer(db: Session, presented: str) -> int | None:
    record = db.scalar(
        select(BuyerApiKey).where(BuyerApiKey.key_digest == KeyFactory.digest(presented))
    )
    if record is None or record.revoked:
        return None
    if record.expires_at < datetime.now(timezone.utc):
        return None
    return record.buyer_id
