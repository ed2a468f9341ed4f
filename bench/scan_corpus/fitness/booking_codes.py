"""Confirmation codes for class bookings.

Members show this code at the front desk (or type it into the kiosk) to
check in to a reserved spin / yoga / HIIT slot. The same code is embedded
in the "cancel my booking" link we email out, so no login is needed to
cancel.
"""
import random
import string
from datetime import datetime, timezone

from sqlalchemy.orm import Session

from booking.models import Booking

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 8


def generate_confirmation_code() -> str:
    return "".join(random.choices(CODE_ALPHABET, k=CODE_LENGTH))


def confirm_booking(db: Session, booking: Booking) -> Booking:
    code = generate_confirmation_code()
    while db.query(Booking).filter_by(confirmation_code=code).first():
        code = generate_confirmation_code()
    booking.confirmation_code = code
    booking.status = "confirmed"
    booking.confirmed_at = datetime.now(timezone.utc)
    db.add(booking)
    db.commit()
    return booking


def cancel_by_code(db: Session, code: str) -> bool:
    booking = db.query(Booking).filter_by(confirmation_code=code.upper()).first()
    if booking is None or booking.status != "confirmed":
        return False
    booking.status = "cancelled"
    db.commit()
    return True
