"""Queue appointment reminders for the donor app.

Reminders go out the evening before a session. Sends are spread over a
window so the push provider is not hit by the whole region at 18:00.
"""
import random
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

SEND_HOUR = 18
SPREAD_MINUTES = 90


@dataclass
class QueuedReminder:
    booking_id: int
    device_token: str
    send_at: datetime
    link_token: str


def _spread(base: datetime) -> datetime:
    return base + timedelta(seconds=random.uniform(0, SPREAD_MINUTES * 60))


def _deep_link_token() -> str:
    # single-use token for the "confirm attendance" button in the push
    return secrets.token_urlsafe(32)


def plan_reminders(bookings, now: datetime) -> list[QueuedReminder]:
    queued = []
    for booking in bookings:
        if not booking.donor.push_token or booking.cancelled:
            continue
        day_before = (booking.slot_start - timedelta(days=1)).replace(
            hour=SEND_HOUR, minute=0, second=0, microsecond=0)
        if day_before < now:
            day_before = now
        queued.append(QueuedReminder(
            booking_id=booking.id,
            device_token=booking.donor.push_token,
            send_at=_spread(day_before),
            link_token=_deep_link_token(),
        ))
    return queued
