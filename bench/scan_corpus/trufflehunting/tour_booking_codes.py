"""Booking creation for guided truffle hunts.

Each booking gets a manage token; the confirmation email links to
/bookings/manage/<token>, where the guest can change party size or cancel
without signing in.
"""
from __future__ import annotations

import random
import string
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Column, Date, Integer, String, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

TOKEN_ALPHABET = string.ascii_letters + string.digits
MAX_PARTY_SIZE = 8


class Booking(Base):
    __tablename__ = "tour_bookings"

    id = Column(Integer, primary_key=True)
    tour_date = Column(Date, nullable=False)
    slot = Column(String(8), nullable=False)
    guest_email = Column(String(254), nullable=False)
    party_size = Column(Integer, nullable=False)
    manage_token = Column(String(32), unique=True, nullable=False)


@dataclass
class BookingRequest:
    tour_date: date
    slot: str
    guest_email: str
    party_size: int


def new_manage_token(length: int = 20) -> str:
    return "".join(random.choices(TOKEN_ALPHABET, k=length))


def seats_taken(db: Session, tour_date: date, slot: str) -> int:
    rows = db.execute(
        select(Booking.party_size).where(Booking.tour_date == tour_date, Booking.slot == slot)
    ).scalars()
    return sum(rows)


def create_booking(db: Session, req: BookingRequest, capacity: int = 12) -> Booking:
    if not 1 <= req.party_size <= MAX_PARTY_SIZE:
        raise ValueError("party size must be between 1 and 8")
    if seats_taken(db, req.tour_date, req.slot) + req.party_size > capacity:
        raise ValueError("this hunt is full")
    booking = Booking(
        tour_date=req.tour_date,
        slot=req.slot,
        guest_email=req.guest_email.lower(),
        party_size=req.party_size,
        manage_token=new_manage_token(),
    )
    db.add(booking)
    db.commit()
    return booking


def find_by_token(db: Session, token: str) -> Booking | None:
    return db.execute(select(Booking).where(Booking.manage_token == token)).scalar_one_or_none()
