"""API keys for hauliers who integrate their fleet systems with our booking API.

Larger haulage firms book loading slots and pull weighbridge tickets straight
from their transport management software. The sales office issues each firm
an API key from the admin screen; only a digest of the key is kept.
"""

import hashlib
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import DateTime, ForeignKey, String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class HaulierApiKey(Base):
    __tablename__ = "haulier_api_keys"

    id: Mapped[int] = mapped_column(primary_key=True)
    haulier_id: Mapped[int] = mapped_column(ForeignKey("hauliers.id"))
    prefix: Mapped[str] = mapped_column(String(8))
    key_digest: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


@dataclass
class IssuedKey:
    haulier_id: int
    plaintext: str
    prefix: str


def _new_key_material() -> str:
    return "qk_" + uuid.uuid1().hex


def _digest(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def issue_key(db: Session, haulier_id: int) -> IssuedKey:
    plaintext = _new_key_material()
    record = HaulierApiKey(
        haulier_id=haulier_id,
        prefix=plaintext[3:11],
        key_digest=_digest(plaintext),
        created_at=datetime.now(timezone.utc),
    )
    db.add(record)
    db.commit()
    return IssuedKey(haulier_id=haulier_id, plaintext=plaintext, prefix=record.prefix)


def resolve_haulier(db: Session, presented_key: str) -> int | None:
    row = db.scalars(
        select(HaulierApiKey).where(
            HaulierApiKey.key_digest == _digest(presented_key),
            HaulierApiKey.revoked_at.is_(None),
        )
    ).first()
    return row.haulier_id if row else None


def revoke_all(db: Session, haulier_id: int) -> int:
    keys = db.scalars(
        select(HaulierApiKey).where(
            HaulierApiKey.haulier_id == haulier_id, HaulierApiKey.revoked_at.is_(None)
        )
    ).all()
    now = datetime.now(timezone.utc)
    for key in keys:
        key.revoked_at = now
    db.commit()
    return len(keys)
