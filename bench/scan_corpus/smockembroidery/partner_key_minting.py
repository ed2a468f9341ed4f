"""Mint API keys for partner shops that resell studio patterns.

The plaintext key is returned once; the database stores only its SHA-256
fingerprint so a leaked table does not reveal working keys.
"""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import DateTime, Integer, String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class PartnerKey(Base):
    __tablename__ = "partner_keys"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    partner_id: Mapped[int] = mapped_column(Integer, index=True)
    prefix: Mapped[str] = mapped_column(String(16))
    fingerprint: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


@dataclass(frozen=True)
class MintedKey:
    key_id: int
    plaintext: str


class PartnerKeyMint:
    PREFIX = "smk_ptn_"

    def __init__(self, session: Session) -> None:
        self._session = session

    @classmethod
    def _generate(cls) -> str:
        return cls.PREFIX + secrets.token_urlsafe(32)

    @staticmethod
    def _fingerprint(plaintext: str) -> str:
        return hashlib.sha256(plaintext.encode("utf-8")).hexdigest()

    def mint(self, partner_id: int) -> MintedKey:
        plaintext = self._generate()
        row = PartnerKey(
            partner_id=partner_id,
            prefix=plaintext[: len(self.PREFIX) + 4],
            fingerprint=self._fingerprint(plaintext),
            created_at=datetime.now(timezone.utc),
        )
        self._session.add(row)
        self._session.flush()
        return MintedKey(row.id, plaintext)

    def resolve(self, plaintext: str) -> PartnerKey | None:
        stmt = select(PartnerKey).where(PartnerKey.fingerprint == self._fingerprint(plaintext))
        return self._session.execute(stmt).scalar_one_or_none()
