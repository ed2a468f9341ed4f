"""Self-service links that let a school reschedule or cancel its booked performance."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Optional

from sqlalchemy import Column, DateTime, Integer, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()
LINK_LIFETIME = timedelta(days=45)


class BookingLink(Base):
    __tablename__ = "school_booking_links"

    id = Column(Integer, primary_key=True)
    booking_id = Column(Integer, nullable=False, index=True)
    token_digest = Column(String(64), nullable=False, unique=True)
    expires_at = Column(DateTime(timezone=True), nullable=False)


@dataclass
class IssuedLink:
    booking_id: int
    token: str

    def url(self, base_url: str) -> str:
        return f"{base_url.rstrip('/')}/bookings/manage/{self.token}"


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


class SchoolBookingLinks:
    def __init__(self, database_url: str) -> None:
        self._engine = create_engine(database_url)

    def issue(self, booking_id: int) -> IssuedLink:
        token = secrets.token_urlsafe(32)
        with Session(self._engine) as session:
            session.add(
                BookingLink(
                    booking_id=booking_id,
                    token_digest=_digest(token),
                    expires_at=datetime.now(timezone.utc) + LINK_LIFETIME,
                )
            )
            session.commit()
        return IssuedLink(booking_id=booking_id, token=token)

    def resolve(self, token: str) -> Optional[int]:
        with Session(self._engine) as session:
            link = session.scalars(
                select(BookingLink).where(BookingLink.token_digest == _digest(token))
            ).first()
            if link is None or link.expires_at < datetime.now(timezone.utc):
                return None
            return link.booking_id
