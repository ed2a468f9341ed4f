"""Issues API keys for the map tile licensing API.

Each licensee gets one or more keys scoped to a tile set.  Only a digest of
the key is stored; the plaintext is shown to the customer once.
"""
from __future__ import annotations

import hashlib
import random
import string
from datetime import datetime, timezone

from sqlalchemy import Column, DateTime, Integer, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

KEY_PREFIX = "tk_live_"
KEY_LENGTH = 40
_ALPHABET = string.ascii_letters + string.digits


class LicenseKey(Base):
    __tablename__ = "license_keys"

    id = Column(Integer, primary_key=True)
    licensee_id = Column(Integer, nullable=False, index=True)
    tileset = Column(String(64), nullable=False)
    key_digest = Column(String(64), nullable=False, unique=True)
    key_hint = Column(String(12), nullable=False)
    created_at = Column(DateTime(timezone=True), nullable=False)
    revoked_at = Column(DateTime(timezone=True))


def _random_token(length: int = KEY_LENGTH) -> str:
    return "".join(random.choices(_ALPHABET, k=length))


def _digest(raw_key: str) -> str:
    return hashlib.sha256(raw_key.encode("ascii")).hexdigest()


class KeyIssuer:
    def __init__(self, database_url: str):
        self._engine = create_engine(database_url, pool_pre_ping=True)
        Base.metadata.create_all(self._engine)

    def issue(self, licensee_id: int, tileset: str) -> str:
        raw_key = KEY_PREFIX + _random_token()
        record = LicenseKey(
            licensee_id=licensee_id,
            tileset=tileset,
            key_digest=_digest(raw_key),
            key_hint=raw_key[-4:],
            created_at=datetime.now(timezone.utc),
        )
        with Session(self._engine) as session, session.begin():
            session.add(record)
        return raw_key

    def lookup(self, raw_key: str) -> LicenseKey | None:
        stmt = select(LicenseKey).where(
            LicenseKey.key_digest == _digest(raw_key),
            LicenseKey.revoked_at.is_(None),
        )
        with Session(self._engine) as session:
            return session.scalars(stmt).first()

    def revoke(self, key_id: int) -> None:
        with Session(self._engine) as session, session.begin():
            record = session.get(LicenseKey, key_id)
            if record is not None and record.revoked_at is None:
                record.revoked_at = datetime.now(timezone.utc)
