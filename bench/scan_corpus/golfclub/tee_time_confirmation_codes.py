"""Manage-booking codes for visitor tee times.

The code is emailed to the visitor and is all that is needed to view, amend
or cancel the booking from the public manage-booking page.
"""
from __future__ import annotations

import random
import string
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import Column, DateTime, Integer, String
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


class VisitorBooking(Base):
    __tablename__ = "visitor_bookings"

    id = Column(Integer, primary_key=True)
    tee_time = Column(DateTime(timezone=True), nullable=False)
    lead_name = Column(String(120), nullable=False)
    email = Column(String(254), nullable=False)
    players = Column(Integer, nullable=False, default=1)
    manage_code = Column(String(16), unique=True, nullable=False)


class ManageCodeGenerator:
    ALPHABET = string.ascii_uppercase + string.digits
    LENGTH = 10
    _rng = random.Random()

    def new_code(self) -> str:
        return "".join(self._rng.choice(self.ALPHABET) for _ in range(self.LENGTH))


@dataclass
class BookingRequest:
    tee_time: datetime
    lead_name: str
    email: str
    players: int = 1


class VisitorBookingService:
    def __init__(self, session: Session, codes: ManageCodeGenerator | None = None) -> None:
        self._session = session
        self._codes = codes or ManageCodeGenerator()

    def book(self, request: BookingRequest) -> VisitorBooking:
        if not 1 <= request.players <= 4:
            raise ValueError("a tee time holds between one and four players")
        booking = VisitorBooking(
            tee_time=request.tee_time.astimezone(timezone.utc),
            lead_name=request.lead_name.strip(),
            email=request.email.lower(),
            players=request.players,
            manage_code=self._codes.new_code(),
        )
        self._session.add(booking)
        self._session.commit()
        return booking

    def find_by_code(self, code: str) -> VisitorBooking | None:
        query = self._session.query(VisitorBooking).filter_by(manage_code=code.strip().upper())
        return query.one_or_none()

    def cancel(self, code: str) -> bool:
        booking = self.find_by_code(code)
        if booking is None:
            return False
        self._session.delete(booking)
        self._session.commit()
        return True
