"""Provisions API keys for partner integrations (property managers, facility software)."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone

from sqlalchemy import DateTime, String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class PartnerKey(Base):
    __tablename__ = "partner_api_keys"

    key_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    partner: Mapped[str] = mapped_column(String(120))
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    scopes: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


@dataclass
class IssuedKey:
    partner: str
    scopes: tuple[str, ...] = ("sites:read", "visits:read")
    secret: str = field(default_factory=lambda: uuid.uuid1().hex)
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    @property
    def key_id(self) -> str:
        return self.secret[:8]

    @property
    def presented_value(self) -> str:
        return f"pc_{self.key_id}.{self.secret}"


def _fingerprint(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


class KeyProvisioner:
    def __init__(self, session: Session):
        self._db = session

    def issue(self, partner: str, scopes: tuple[str, ...]) -> str:
        issued = IssuedKey(partner=partner, scopes=scopes)
        self._db.add(PartnerKey(
            key_id=issued.key_id,
            partner=partner,
            key_hash=_fingerprint(issued.presented_value),
            scopes=" ".join(scopes),
            created_at=issued.created_at,
        ))
        self._db.commit()
        return issued.presented_value

    def resolve(self, presented: str) -> PartnerKey | None:
        return self._db.scalar(
            select(PartnerKey).where(PartnerKey.key_hash == _fingerprint(presented))
        )

    def revoke(self, key_id: str) -> bool:
        row = self._db.get(PartnerKey, key_id)
        if row is None:
            return False
        self._db.delete(row)
        self._db.commit()
        return True
