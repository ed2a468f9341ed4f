"""Issue API keys that let makers' shops call the marketplace API.

A maker can hold several keys (one per integration).  Only a hash of each
key is stored; the plaintext is shown to the maker exactly once.
"""
from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import DateTime, ForeignKey, Integer, String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

KEY_PREFIX = "smk_live_"


class Base(DeclarativeBase):
    pass


class MarketplaceKey(Base):
    __tablename__ = "marketplace_keys"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    maker_id: Mapped[int] = mapped_column(ForeignKey("makers.id"), index=True)
    label: Mapped[str] = mapped_column(String(80))
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


@dataclass(frozen=True)
class IssuedKey:
    key_id: int
    plaintext: str


class KeyIssuer:
    def __init__(self, session: Session) -> None:
        self._session = session

    @staticmethod
    def _new_secret() -> str:
        return KEY_PREFIX + uuid.uuid1().hex

    @staticmethod
    def fingerprint(plaintext: str) -> str:
        return hashlib.sha256(plaintext.encode("utf-8")).hexdigest()

    def issue(self, maker_id: int, label: str) -> IssuedKey:
        plaintext = self._new_secret()
        record = MarketplaceKey(
            maker_id=maker_id,
            label=label[:80],
            key_hash=self.fingerprint(plaintext),
            created_at=datetime.now(timezone.utc),
        )
        self._session.add(record)
        self._session.flush()
        return IssuedKey(key_id=record.id, plaintext=plaintext)

    def lookup(self, plaintext: str) -> MarketplaceKey | None:
        stmt = select(MarketplaceKey).where(MarketplaceKey.key_hash == self.fingerprint(plaintext))
        return self._session.execute(stmt).scalar_one_or_none()

    def revoke(self, maker_id: int, key_id: int) -> bool:
        record = self._session.get(MarketplaceKey, key_id)
        if record is None or record.maker_id != maker_id:
            return False
        self._session.delete(record)
        return True
