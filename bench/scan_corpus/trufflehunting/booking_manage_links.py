"""Manage-booking links for guests of guided truffle hunts.

The confirmation email links to /bookings/manage/<token>, where the guest can
change party size or cancel without an account.
"""
from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Column, Date, Integer, String, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

MAX_PARTY_SIZE = 8


class TourBooking(Base):
    __tablename__ = "tour_bookings"

    id = Column(Integer, primary_key=True)
    tour_date = Column(Date, nullable=False)
    slot = Column(String(8), nullable=False)
    guest_email = Column(String(254), nullable=False)
    party_size = Column(Integer, nullable=False)
    manage_token = Column(String(64), unique=True, nullable=False)


@dataclass
class NewBooking:
    tour_date: date
    slot: str
    guest_email: str
    party_size: int


def manage_token() -> str:
    return secrets.token_urlsafe(24)


def book(db: Session, req: NewBooking, capacity: int = 12) -> TourBooking:
    if not 1 <= req.party_size <= MAX_PARTY_SIZE:
        raise ValueError("party size must be between 1 and 8")
    taken = sum(
        db.execute(
            select(TourBooking.party_size).where(
                TourBooking.tour_date == req.tour_date, TourBooking.slot == req.slot
            )
        ).scalars()
    )
    if taken + req.party_size > capacity:
        raise ValueError("this hunt is full")
    booking = TourBooking(
        tour_date=req.tour_date,
        slot=req.slot,
        guest_email=req.guest_email.lower(),
        party_size=req.party_size,
        manage_token=manage_token(),
    )
    db.add(booking)
    db.commit()
    return booking


def cancel(db: Session, token: str) -> bool:
    booking = db.execute(
        select(TourBooking).where(TourBooking.manage_token == token)
    ).scalar_one_or_none()
    if booking is None:
        return False
    db.delete(booking)
    db.commit()
    return True
