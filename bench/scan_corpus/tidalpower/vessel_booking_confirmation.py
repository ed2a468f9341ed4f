"""Issue access codes that let vessel skippers open a booking's work manifest."""

from __future__ import annotations

import random
import string
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from sqlalchemy import Column, DateTime, String, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


class ManifestAccess(Base):
    __tablename__ = "manifest_access"

    access_code = Column(String(12), primary_key=True)
    booking_ref = Column(String(32), nullable=False, index=True)
    expires_at = Column(DateTime(timezone=True), nullable=False)


@dataclass
class CodeFactory:
    """Produces short codes that are easy to read out over VHF radio."""

    alphabet: str = field(default=string.ascii_uppercase.replace("O", "") + "23456789")
    length: int = 10

    def make(self) -> str:
        return "".join(random.choices(self.alphabet, k=self.length))


class ManifestAccessService:
    def __init__(self, db: Session, factory: CodeFactory | None = None) -> None:
        self.db = db
        self.factory = factory or CodeFactory()

    def grant(self, booking_ref: str, valid_for: timedelta = timedelta(hours=36)) -> str:
        code = self.factory.make()
        self.db.add(
            ManifestAccess(
                access_code=code,
                booking_ref=booking_ref,
                expires_at=datetime.now(timezone.utc) + valid_for,
            )
        )
        self.db.commit()
        return code

    def resolve(self, code: str) -> str | None:
        row = self.db.execute(
            select(ManifestAccess).where(ManifestAccess.access_code == code)
        ).scalar_one_or_none()
        if row is None or row.expires_at < datetime.now(timezone.utc):
            return None
        return row.booking_ref
