"""State machine for online bookings.

A booking starts as pending_deposit, becomes confirmed once the deposit is
paid, and ends as completed, cancelled or no_show. Late cancellations keep
the deposit; cancellations with 48 hours' notice are refunded.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from enum import Enum


class Status(str, Enum):
    PENDING_DEPOSIT = "pending_deposit"
    CONFIRMED = "confirmed"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    NO_SHOW = "no_show"


ALLOWED = {
    Status.PENDING_DEPOSIT: {Status.CONFIRMED, Status.CANCELLED},
    Status.CONFIRMED: {Status.COMPLETED, Status.CANCELLED, Status.NO_SHOW},
    Status.COMPLETED: set(),
    Status.CANCELLED: set(),
    Status.NO_SHOW: set(),
}

REFUND_NOTICE = timedelta(hours=48)


@dataclass
class Booking:
    booking_id: int
    service: str
    starts_at: datetime
    status: Status
    deposit_pence: int = 0
    required_deposit_pence: int = 0


class TransitionError(Exception):
    pass


def transition(booking: Booking, target: Status) -> Booking:
    if target not in ALLOWED[booking.status]:
        raise TransitionError(f"cannot move booking {booking.booking_id} from {booking.status.value} "
                              f"to {target.value}")
    if target == Status.CONFIRMED and booking.deposit_pence < booking.required_deposit_pence:
        raise TransitionError("deposit not yet paid in full")
    booking.status = target
    return booking


def refund_due(booking: Booking, cancelled_at: datetime | None = None) -> bool:
    if booking.status != Status.CANCELLED or booking.deposit_pence == 0:
        return False
    cancelled_at = cancelled_at or datetime.now(timezone.utc)
    return booking.starts_at - cancelled_at >= REFUND_NOTICE


def needs_patch_test(service: str, previous_services: list[str]) -> bool:
    if service == "removal_session":
        return "patch_test" not in previous_services
    return False
