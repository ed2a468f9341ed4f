"""Driver-side confirmation that the right rider got into the car."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from carpool.models import Booking, TripCheckinRecord

MAX_ATTEMPTS = 5


class CheckinRejected(Exception):
    pass


@dataclass
class TripCheckin:
    booking: Booking
    attempts: int = 0
    confirmed_at: datetime | None = field(default=None)

    @property
    def expected_code(self) -> str:
        return self.booking.checkin_code

    @property
    def expired(self) -> bool:
        return datetime.now(timezone.utc) > self.booking.checkin_expires_at

    def confirm(self, presented: str) -> None:
        if self.confirmed_at is not None:
            return
        if self.expired:
            raise CheckinRejected("code expired")
        if self.attempts >= MAX_ATTEMPTS:
            raise CheckinRejected("too many attempts")
        self.attempts += 1
        if presented.strip() != self.expected_code:
            raise CheckinRejected("code does not match")
        self.confirmed_at = datetime.now(timezone.utc)


def confirm_pickup(session: Session, trip_id: int, driver_id: int, rider_id: int, code: str) -> None:
    booking = session.scalars(
        select(Booking).where(
            Booking.trip_id == trip_id,
            Booking.rider_id == rider_id,
            Booking.driver_id == driver_id,
        )
    ).one()
    record = session.get(TripCheckinRecord, booking.id) or TripCheckinRecord(booking_id=booking.id)
    checkin = TripCheckin(booking=booking, attempts=record.attempts)
    try:
        checkin.confirm(code)
    finally:
        record.attempts = checkin.attempts
        record.confirmed_at = checkin.confirmed_at
        session.add(record)
        session.commit()
