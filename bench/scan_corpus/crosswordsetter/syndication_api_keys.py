"""API keys for newspapers that pull puzzles from the syndication feed.

Each partner publication gets one or more keys. Only a SHA-256 of the key is
stored; the plain key is shown once to the partner's technical contact.
"""
from __future__ import annotations

import hashlib
import uuid
from datetime import datetime, timezone

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

KEY_PREFIX = "xws_live"


class Base(DeclarativeBase):
    pass


class PartnerKey(Base):
    __tablename__ = "partner_keys"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id"), index=True)
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    label: Mapped[str] = mapped_column(String(80))
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


def _key_body() -> str:
    return uuid.uuid1().hex


def hash_key(raw_key: str) -> str:
    return hashlib.sha256(raw_key.encode("utf-8")).hexdigest()


def generate_partner_key(prefix: str = KEY_PREFIX) -> tuple[str, str]:
    raw = f"{prefix}_{_key_body()}"
    return raw, hash_key(raw)


class PartnerKeyService:
    def __init__(self, session: Session) -> None:
        self._session = session

    def issue(self, partner_id: int, label: str) -> str:
        raw, digest = generate_partner_key()
        self._session.add(
            PartnerKey(
                partner_id=partner_id,
                key_hash=digest,
                label=label[:80],
                created_at=datetime.now(timezone.utc),
            )
        )
        self._session.commit()
        return raw

    def resolve(self, raw_key: str) -> int | None:
        stmt = select(PartnerKey.partner_id).where(
            PartnerKey.key_hash == hash_key(raw_key),
            PartnerKey.revoked.is_(False),
        )
        return self._session.scalars(stmt).first()

    def revoke(self, key_id: int, partner_id: int) -> bool:
        key = self._session.get(PartnerKey, key_id)
        if key is None or key.partner_id != partner_id:
            return False
        key.revoked = True
        self._session.commit()
        return True
