"""Booking references and check-in codes for reading-room seat bookings.

The booking reference is printed on the confirmation email and is only an
identifier; the check-in code is what the reader shows at the desk, so it is
generated from the OS CSPRNG.
"""

from __future__ import annotations

import random
import secrets
import string
from dataclasses import dataclass
from datetime import date

CHECKIN_ALPHABET = string.ascii_uppercase.replace("O", "").replace("I", "") + "23456789"


@dataclass
class Booking:
    reference: str
    reader_id: int
    visit_date: date
    seat: str
    checkin_code: str


def new_checkin_code(length: int = 8) -> str:
    return "".join(secrets.choice(CHECKIN_ALPHABET) for _ in range(length))


def booking_reference(booking_id: int, visit_date: date) -> str:
    return f"RR-{visit_date:%y%m%d}-{booking_id:05d}"


def suggest_seats(free_seats: list[str], count: int = 3) -> list[str]:
    """Offer a few free seats in no particular order so bookings spread around the room."""
    if len(free_seats) <= count:
        return list(free_seats)
    return random.sample(free_seats, count)


def create_booking(booking_id: int, reader_id: int, visit_date: date, seat: str) -> Booking:
    return Booking(
        reference=booking_reference(booking_id, visit_date),
        reader_id=reader_id,
        visit_date=visit_date,
        seat=seat,
        checkin_code=new_checkin_code(),
    )
