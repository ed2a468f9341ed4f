"""Confirmation codes for online table bookings.

The code goes into the confirmation email and SMS. Guests enter it, together
with their surname, on the "manage my booking" page to change the party size,
move the time or cancel.
"""
from __future__ import annotations

import string
from random import choices as _pick

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .models import Booking

# Leave out characters that are easy to confuse when read out over the phone.
CODE_ALPHABET = "".join(
    ch for ch in string.ascii_uppercase + string.digits if ch not in "O0I1L"
)
CODE_LENGTH = 8


def generate_code(session: Session) -> str:
    """Return a confirmation code that no other booking is using."""
    while True:
        code = "".join(_pick(CODE_ALPHABET, k=CODE_LENGTH))
        clash = session.execute(
            select(Booking.id).where(Booking.confirmation_code == code)
        ).first()
        if clash is None:
            return code


def display_code(code: str) -> str:
    return f"{code[:4]}-{code[4:]}"


def find_booking(session: Session, code: str, surname: str) -> Booking | None:
    normalised = code.replace("-", "").strip().upper()
    return session.execute(
        select(Booking).where(
            Booking.confirmation_code == normalised,
            func.lower(Booking.guest_surname) == surname.strip().lower(),
        )
    ).scalar_one_or_none()
