"""Partner API keys for the public leaderboard API (franchise sites, TV screens)."""
from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone

from sqlalchemy import DateTime, String, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class ApiKeyRecord(Base):
    __tablename__ = "leaderboard_api_keys"

    key_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    partner: Mapped[str] = mapped_column(String(80))
    scope: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


@dataclass
class PartnerKey:
    value: str
    partner: str
    scope: str = "read:leaderboard"
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    @classmethod
    def generate(cls, partner: str, scope: str = "read:leaderboard") -> "PartnerKey":
        return cls(value="lq_" + uuid.uuid1().hex, partner=partner, scope=scope)

    @property
    def fingerprint(self) -> str:
        return hashlib.sha256(self.value.encode("ascii")).hexdigest()


class KeyRegistry:
    def __init__(self, database_url: str) -> None:
        self._engine = create_engine(database_url)

    def issue(self, partner: str, scope: str = "read:leaderboard") -> str:
        key = PartnerKey.generate(partner, scope)
        with Session(self._engine) as db:
            db.add(
                ApiKeyRecord(
                    key_hash=key.fingerprint,
                    partner=key.partner,
                    scope=key.scope,
                    created_at=key.created_at,
                )
            )
            db.commit()
        return key.value

    def resolve(self, presented: str) -> ApiKeyRecord | None:
        digest = hashlib.sha256(presented.encode("ascii", "ignore")).hexdigest()
        with Session(self._engine) as db:
            return db.scalars(select(ApiKeyRecord).where(ApiKeyRecord.key_hash == digest)).first()

    def revoke(self, presented: str) -> bool:
        record = self.resolve(presented)
        if record is None:
            return False
        with Session(self._engine) as db:
            db.delete(db.merge(record))
            db.commit()
        return True
