"""Allocates a specific hull to a confirmed booking.

Bookings are taken against a boat class ("six-berth cruiser stern") and the
actual boat is chosen on confirmation. Among equally suitable boats one is
picked at random so engine hours stay roughly level across the fleet.
"""
from __future__ import annotations

import random
from datetime import date

from sqlalchemy import and_, exists, not_, select
from sqlalchemy.orm import Session

from canalboat.models import Boat, Booking

MAX_ENGINE_HOURS_SPREAD = 150


def _available_boats(session: Session, class_id: int, start: date, end: date) -> list[Boat]:
    clash = exists().where(
        and_(
            Booking.boat_id == Boat.id,
            Booking.start_date < end,
            Booking.end_date > start,
            Booking.status != "cancelled",
        )
    )
    stmt = select(Boat).where(Boat.class_id == class_id, Boat.in_service.is_(True), not_(clash))
    return list(session.scalars(stmt))


def _least_used(boats: list[Boat]) -> list[Boat]:
    if not boats:
        return []
    lowest = min(b.engine_hours for b in boats)
    return [b for b in boats if b.engine_hours - lowest <= MAX_ENGINE_HOURS_SPREAD]


def allocate(session: Session, booking: Booking, rng: random.Random | None = None) -> Boat:
    rng = rng or random.Random()
    candidates = _least_used(
        _available_boats(session, booking.boat_class_id, booking.start_date, booking.end_date)
    )
    if not candidates:
        raise LookupError(f"no boat of class {booking.boat_class_id} free for {booking.reference}")
    boat = rng.choice(candidates)
    booking.boat_id = boat.id
    booking.status = "allocated"
    session.flush()
    return boat
