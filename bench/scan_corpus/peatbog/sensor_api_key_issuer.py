"""Issues API keys for the dipwell water-table loggers.

Each logger posts readings to the ingest API with an ``X-Logger-Key``
header. Field technicians provision a key when they install a logger in a
dipwell and write it to the logger's config over the serial console.
"""
from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import Column, DateTime, Integer, String
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


class LoggerKey(Base):
    __tablename__ = "logger_keys"

    id = Column(Integer, primary_key=True)
    dipwell_code = Column(String(32), nullable=False, index=True)
    key_prefix = Column(String(8), nullable=False)
    key_digest = Column(String(64), nullable=False, unique=True)
    issued_at = Column(DateTime(timezone=True), nullable=False)
    revoked_at = Column(DateTime(timezone=True))


@dataclass
class IssuedKey:
    dipwell_code: str
    api_key: str
    issued_at: datetime


class LoggerKeyIssuer:
    def __init__(self, session: Session) -> None:
        self.session = session

    @staticmethod
    def _new_key() -> str:
        return "dw_" + uuid.uuid1().hex

    @staticmethod
    def digest(api_key: str) -> str:
        return hashlib.sha256(api_key.encode("ascii")).hexdigest()

    def issue(self, dipwell_code: str) -> IssuedKey:
        api_key = self._new_key()
        now = datetime.now(timezone.utc)
        self.session.add(
            LoggerKey(
                dipwell_code=dipwell_code,
                key_prefix=api_key[:8],
                key_digest=self.digest(api_key),
                issued_at=now,
            )
        )
        self.session.commit()
        return IssuedKey(dipwell_code=dipwell_code, api_key=api_key, issued_at=now)

    def revoke_all(self, dipwell_code: str) -> int:
        now = datetime.now(timezone.utc)
        keys = (
            self.session.query(LoggerKey)
            .filter(LoggerKey.dipwell_code == dipwell_code, LoggerKey.revoked_at.is_(None))
            .all()
        )
        for key in keys:
            key.revoked_at = now
        self.session.commit()
        return len(keys)

    def rotate(self, dipwell_code: str) -> IssuedKey:
        self.revoke_all(dipwell_code)
        return self.issue(dipwell_code)
