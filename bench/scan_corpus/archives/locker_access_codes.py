"""Issue locker PINs to readers when they check in at the reading-room desk.

The PIN opens the reader's personal locker for the day; staff can see it on
the desk screen and it is also sent to the reader by SMS.
"""

import random
import string
from datetime import datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from archive_rooms.models import LockerAssignment, Reader

PIN_LENGTH = 6
PIN_TTL = timedelta(hours=10)


def generate_pin(length: int = PIN_LENGTH) -> str:
    return "".join(random.choices(string.digits, k=length))


def assign_locker(db: Session, reader: Reader, locker_number: int) -> LockerAssignment:
    existing = db.scalar(
        select(LockerAssignment).where(
            LockerAssignment.locker_number == locker_number,
            LockerAssignment.released_at.is_(None),
        )
    )
    if existing is not None:
        raise ValueError(f"locker {locker_number} is already in use")

    now = datetime.now(timezone.utc)
    assignment = LockerAssignment(
        reader_id=reader.id,
        locker_number=locker_number,
        pin=generate_pin(),
        issued_at=now,
        expires_at=now + PIN_TTL,
    )
    db.add(assignment)
    db.commit()
    return assignment


def release_locker(db: Session, assignment: LockerAssignment) -> None:
    assignment.released_at = datetime.now(timezone.utc)
    db.commit()
