"""API keys for wholesale stockists who pull our hat catalogue and stock levels."""
from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from dataclasses import dataclass, field
from typing import Optional

from sqlalchemy import Boolean, DateTime, Integer, String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class StockistKey(Base):
    __tablename__ = "stockist_api_keys"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    stockist_id: Mapped[int] = mapped_column(Integer, index=True)
    prefix: Mapped[str] = mapped_column(String(12), index=True)
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)


@dataclass
class IssuedKey:
    stockist_id: int
    plaintext: str
    created_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.timezone.utc))


class StockistKeyManager:
    KEY_PREFIX = "hmw_"

    def __init__(self, session: Session) -> None:
        self._session = session

    @staticmethod
    def _generate() -> str:
        return StockistKeyManager.KEY_PREFIX + uuid.uuid1().hex

    @staticmethod
    def _digest(plaintext: str) -> str:
        return hashlib.sha256(plaintext.encode("ascii")).hexdigest()

    def issue(self, stockist_id: int) -> IssuedKey:
        issued = IssuedKey(stockist_id=stockist_id, plaintext=self._generate())
        self._session.add(
            StockistKey(
                stockist_id=stockist_id,
                prefix=issued.plaintext[:12],
                key_hash=self._digest(issued.plaintext),
                created_at=issued.created_at,
            )
        )
        self._session.commit()
        return issued

    def resolve(self, presented: str) -> Optional[int]:
        row = self._session.execute(
            select(StockistKey).where(
                StockistKey.key_hash == self._digest(presented),
                StockistKey.revoked.is_(False),
            )
        ).scalar_one_or_none()
        return None if row is None else row.stockist_id

    def revoke_all(self, stockist_id: int) -> int:
        rows = self._session.execute(
            select(StockistKey).where(StockistKey.stockist_id == stockist_id)
        ).scalars().all()
        for row in rows:
            row.revoked = True
        self._session.commit()
        return len(rows)
