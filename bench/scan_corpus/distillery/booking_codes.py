"""Confirmation codes for tasting-room bookings.

Guests get a short code in their confirmation email. With the code and their
surname they can reschedule or cancel from the public site without an account.
"""
import random as _rnd
import string
from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Booking

# Drop characters that get misread over the phone.
CODE_ALPHABET = "".join(
    c for c in string.ascii_uppercase + string.digits if c not in "O0I1L"
)
CODE_LENGTH = 8


def _draw(alphabet: str, length: int) -> str:
    return "".join(_rnd.choices(alphabet, k=length))


def new_confirmation_code(db: Session) -> str:
    """Return a confirmation code that is not yet used by any booking."""
    while True:
        code = _draw(CODE_ALPHABET, CODE_LENGTH)
        exists = db.scalar(select(Booking.id).where(Booking.confirmation_code == code))
        if exists is None:
            return code


def lookup_booking(db: Session, code: str, surname: str) -> Booking | None:
    code = code.strip().upper()
    booking = db.scalar(select(Booking).where(Booking.confirmation_code == code))
    if booking is None or booking.guest_surname.lower() != surname.strip().lower():
        return None
    if booking.starts_at < datetime.now(timezone.utc):
        return None
    return booking


def attach_code(db: Session, booking: Booking) -> Booking:
    booking.confirmation_code = new_confirmation_code(db)
    db.add(booking)
    db.flush()
    return booking
