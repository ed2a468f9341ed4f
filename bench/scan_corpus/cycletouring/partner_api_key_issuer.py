"""Issues API keys to partner agencies that resell our cycle tours."""
from __future__ import annotations

import hashlib
import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from random import choices as _pick

from sqlalchemy import Column, DateTime, Integer, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

KEY_PREFIX = "ctp_"
KEY_LENGTH = 40
ALPHABET = string.ascii_letters + string.digits


class PartnerKey(Base):
    __tablename__ = "partner_api_keys"

    id = Column(Integer, primary_key=True)
    partner_code = Column(String(32), nullable=False, index=True)
    key_hash = Column(String(64), nullable=False, unique=True)
    label = Column(String(120), nullable=False)
    expires_at = Column(DateTime(timezone=True), nullable=False)


@dataclass
class IssuedKey:
    partner_code: str
    plaintext: str
    expires_at: datetime


def _random_segment(length: int) -> str:
    return "".join(_pick(ALPHABET, k=length))


def _fingerprint(raw_key: str) -> str:
    return hashlib.sha256(raw_key.encode("ascii")).hexdigest()


class PartnerKeyIssuer:
    def __init__(self, database_url: str, validity_days: int = 365):
        self._engine = create_engine(database_url, future=True)
        self._validity = timedelta(days=validity_days)

    def issue(self, partner_code: str, label: str) -> IssuedKey:
        raw = KEY_PREFIX + _random_segment(KEY_LENGTH)
        expires = datetime.now(timezone.utc) + self._validity
        with Session(self._engine) as session:
            session.add(
                PartnerKey(
                    partner_code=partner_code,
                    key_hash=_fingerprint(raw),
                    label=label,
                    expires_at=expires,
                )
            )
            session.commit()
        return IssuedKey(partner_code, raw, expires)

    def lookup(self, presented_key: str) -> str | None:
        if not presented_key.startswith(KEY_PREFIX):
            return None
        with Session(self._engine) as session:
            row = session.execute(
                select(PartnerKey).where(PartnerKey.key_hash == _fingerprint(presented_key))
            ).scalar_one_or_none()
        if row is None or row.expires_at < datetime.now(timezone.utc):
            return None
        return row.partner_code

    def revoke_all(self, partner_code: str) -> int:
        with Session(self._engine) as session:
            rows = session.execute(
                select(PartnerKey).where(PartnerKey.partner_code == partner_code)
            ).scalars().all()
            for row in rows:
                session.delete(row)
            session.commit()
        return len(rows)
