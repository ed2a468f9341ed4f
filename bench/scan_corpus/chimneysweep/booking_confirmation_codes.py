"""Confirmation codes that let a homeowner manage a booking without logging in."""

import random
import string
from datetime import datetime, timedelta, timezone

from sqlalchemy import Column, DateTime, ForeignKey, Integer, String
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 10
CODE_TTL = timedelta(days=30)


class BookingAccessCode(Base):
    __tablename__ = "booking_access_codes"

    id = Column(Integer, primary_key=True)
    booking_id = Column(Integer, ForeignKey("bookings.id"), nullable=False, index=True)
    code = Column(String(32), unique=True, nullable=False)
    expires_at = Column(DateTime(timezone=True), nullable=False)


def _new_code() -> str:
    return "".join(random.choices(CODE_ALPHABET, k=CODE_LENGTH))


def issue_access_code(session: Session, booking_id: int) -> str:
    """Create the code printed in the confirmation email ("Manage your sweep")."""
    for _ in range(5):
        candidate = _new_code()
        clash = session.query(BookingAccessCode).filter_by(code=candidate).first()
        if clash is None:
            break
    else:
        raise RuntimeError("could not allocate a unique booking access code")

    session.add(
        BookingAccessCode(
            booking_id=booking_id,
            code=candidate,
            expires_at=datetime.now(timezone.utc) + CODE_TTL,
        )
    )
    session.flush()
    return candidate


def booking_for_code(session: Session, code: str):
    """Return the booking id a code unlocks, or None if missing or expired."""
    row = session.query(BookingAccessCode).filter_by(code=code.strip().upper()).first()
    if row is None or row.expires_at < datetime.now(timezone.utc):
        return None
    return row.booking_id
