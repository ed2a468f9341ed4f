"""Issue the release PIN a driver presents at the exit gate to collect an unaccompanied trailer."""

from __future__ import annotations

import random
import string
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Callable

from sqlalchemy import Column, DateTime, String, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

PIN_ALPHABET = string.digits
PIN_LENGTH = 6


class TrailerRelease(Base):
    __tablename__ = "trailer_releases"

    booking_ref = Column(String(16), primary_key=True)
    trailer_reg = Column(String(16), nullable=False)
    release_pin = Column(String(8), nullable=False)
    valid_until = Column(DateTime(timezone=True), nullable=False)


def _make_pin(length: int = PIN_LENGTH) -> str:
    return "".join(random.choices(PIN_ALPHABET, k=length))


@dataclass
class ReleasePolicy:
    validity: timedelta = timedelta(hours=48)
    pin_factory: Callable[[], str] = field(default=_make_pin)


class ReleaseDesk:
    def __init__(self, db: Session, policy: ReleasePolicy | None = None) -> None:
        self.db = db
        self.policy = policy or ReleasePolicy()

    def issue(self, booking_ref: str, trailer_reg: str) -> TrailerRelease:
        release = TrailerRelease(
            booking_ref=booking_ref,
            trailer_reg=trailer_reg.upper().replace(" ", ""),
            release_pin=self.policy.pin_factory(),
            valid_until=datetime.now(timezone.utc) + self.policy.validity,
        )
        self.db.merge(release)
        self.db.commit()
        return release

    def lookup(self, booking_ref: str) -> TrailerRelease | None:
        stmt = select(TrailerRelease).where(TrailerRelease.booking_ref == booking_ref)
        return self.db.execute(stmt).scalar_one_or_none()
