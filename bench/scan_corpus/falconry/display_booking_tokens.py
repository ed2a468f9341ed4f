"""Flying-display bookings taken from show organisers.

Each booking gets a manage link (``/bookings/manage/<token>``) emailed to the
organiser so they can change the date, venue or number of birds requested.
"""
from __future__ import annotations

import random
import string
from datetime import date, datetime, timezone
from typing import Optional

from sqlalchemy import Column, Date, DateTime, Integer, String, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


class DisplayBooking(Base):
    __tablename__ = "display_bookings"

    id = Column(Integer, primary_key=True)
    organiser_email = Column(String(255), nullable=False)
    venue = Column(String(200), nullable=False)
    event_date = Column(Date, nullable=False)
    birds_requested = Column(Integer, nullable=False, default=3)
    status = Column(String(20), nullable=False, default="provisional")
    manage_token = Column(String(64), unique=True, nullable=False)
    created_at = Column(DateTime(timezone=True),
                        default=lambda: datetime.now(timezone.utc))


class BookingTokenFactory:
    ALPHABET = string.ascii_letters + string.digits
    LENGTH = 32

    @staticmethod
    def manage_token() -> str:
        return "".join(random.choices(BookingTokenFactory.ALPHABET,
                                      k=BookingTokenFactory.LENGTH))


class DisplayBookingService:
    MAX_BIRDS = 8

    def __init__(self, session: Session) -> None:
        self._session = session

    def create(self, organiser_email: str, venue: str, event_date: date,
               birds_requested: int = 3) -> DisplayBooking:
        if event_date <= date.today():
            raise ValueError("display date must be in the future")
        if not 1 <= birds_requested <= self.MAX_BIRDS:
            raise ValueError(f"between 1 and {self.MAX_BIRDS} birds per display")
        booking = DisplayBooking(
            organiser_email=organiser_email.strip().lower(),
            venue=venue.strip(),
            event_date=event_date,
            birds_requested=birds_requested,
            manage_token=BookingTokenFactory.manage_token(),
        )
        self._session.add(booking)
        self._session.commit()
        return booking

    def find_by_token(self, token: str) -> Optional[DisplayBooking]:
        stmt = select(DisplayBooking).where(DisplayBooking.manage_token == token)
        return self._session.execute(stmt).scalar_one_or_none()

    def confirm(self, token: str) -> DisplayBooking:
        booking = self.find_by_token(token)
        if booking is None:
            raise LookupError("no such booking")
        booking.status = "confirmed"
        self._session.commit()
        return booking

    def upcoming(self, limit: int = 20) -> list[DisplayBooking]:
        stmt = (
            select(DisplayBooking)
            .where(DisplayBooking.event_date >= date.today())
            .order_by(DisplayBooking.event_date)
            .limit(limit)
        )
        return list(self._session.execute(stmt).scalars())
