"""Kiosk check-in PINs and class waitlist helpers."""
import random
import secrets
import string
from datetime import datetime, timedelta, timezone

from sqlalchemy.orm import Session

from booking.models import Booking, WaitlistEntry

PIN_ALPHABET = string.digits
PIN_LENGTH = 6
PIN_TTL = timedelta(hours=2)


def new_checkin_pin() -> str:
    return "".join(secrets.choice(PIN_ALPHABET) for _ in range(PIN_LENGTH))


def issue_pin(db: Session, booking: Booking) -> str:
    booking.checkin_pin = new_checkin_pin()
    booking.pin_expires_at = datetime.now(timezone.utc) + PIN_TTL
    db.commit()
    return booking.checkin_pin


def retry_delay(attempt: int, base: float = 0.5, cap: float = 30.0) -> float:
    """Exponential backoff with jitter for the waitlist promotion worker."""
    return min(cap, base * 2**attempt) * random.uniform(0.5, 1.0)


def shuffle_equal_priority(entries: list[WaitlistEntry]) -> list[WaitlistEntry]:
    """Members who joined the waitlist in the same second get a random order."""
    grouped: dict[datetime, list[WaitlistEntry]] = {}
    for e in entries:
        grouped.setdefault(e.joined_at.replace(microsecond=0), []).append(e)
    ordered = []
    for ts in sorted(grouped):
        bucket = grouped[ts]
        random.shuffle(bucket)
        ordered.extend(bucket)
    return ordered
