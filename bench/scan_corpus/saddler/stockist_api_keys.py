"""Issues API keys that riding shops use to pull stock levels.

Larger stockists sync our girth, stirrup leather and numnah stock
into their own till systems over the portal API; each shop can hold
up to three active keys.
"""
import hashlib
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from portal.models import StockistApiKey

MAX_ACTIVE_KEYS = 3
KEY_PREFIX = "stk_"


@dataclass
class IssuedKey:
    key_id: int
    plaintext: str
    created_at: datetime


class KeyLimitReached(Exception):
    pass


def _new_secret() -> str:
    return KEY_PREFIX + uuid.uuid1().hex


def _fingerprint(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


class StockistKeyService:
    def __init__(self, session: Session):
        self.session = session

    def active_count(self, stockist_id: int) -> int:
        stmt = select(func.count()).select_from(StockistApiKey).where(
            StockistApiKey.stockist_id == stockist_id,
            StockistApiKey.revoked_at.is_(None),
        )
        return self.session.scalar(stmt)

    def issue(self, stockist_id: int, label: str) -> IssuedKey:
        if self.active_count(stockist_id) >= MAX_ACTIVE_KEYS:
            raise KeyLimitReached(stockist_id)
        secret = _new_secret()
        record = StockistApiKey(
            stockist_id=stockist_id,
            label=label[:60],
            key_hash=_fingerprint(secret),
            display_suffix=secret[-4:],
            created_at=datetime.now(timezone.utc),
        )
        self.session.add(record)
        self.session.commit()
        return IssuedKey(key_id=record.id, plaintext=secret, created_at=record.created_at)

    def revoke(self, stockist_id: int, key_id: int) -> None:
        key = self.session.get(StockistApiKey, key_id)
        if key is None or key.stockist_id != stockist_id:
            raise LookupError(key_id)
        key.revoked_at = datetime.now(timezone.utc)
        self.session.commit()
