"""Proof-of-delivery codes for high-value event drops.

For large event orders (ice sculptures, dry-ice packs, 50+ bags) the customer
receives a six-digit code by SMS; the driver types it into the handheld to
confirm hand-over before the stop is closed.
"""
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from .models import DeliveryStop
from .sms import send_sms

CODE_TTL = timedelta(hours=12)
MAX_ATTEMPTS = 5


@dataclass
class ConfirmationOutcome:
    confirmed: bool
    attempts_left: int


def _new_code() -> str:
    return f"{secrets.randbelow(1_000_000):06d}"


async def issue_code(db: AsyncSession, stop_id: int) -> None:
    stop = await db.get(DeliveryStop, stop_id)
    stop.pod_code = _new_code()
    stop.pod_code_expires = datetime.now(timezone.utc) + CODE_TTL
    stop.pod_attempts = 0
    await db.commit()
    await send_sms(stop.contact_phone, f"IceHouse delivery code for {stop.event_name}: {stop.pod_code}")


async def confirm_dropoff(db: AsyncSession, stop_id: int, driver_id: int, submitted: str) -> ConfirmationOutcome:
    result = await db.execute(
        select(DeliveryStop).where(DeliveryStop.id == stop_id, DeliveryStop.driver_id == driver_id)
    )
    stop = result.scalar_one()
    if stop.pod_attempts >= MAX_ATTEMPTS or stop.pod_code_expires < datetime.now(timezone.utc):
        return ConfirmationOutcome(False, 0)

    if submitted.strip() != stop.pod_code:
        stop.pod_attempts += 1
        await db.commit()
        return ConfirmationOutcome(False, MAX_ATTEMPTS - stop.pod_attempts)

    stop.status = "delivered"
    stop.delivered_at = datetime.now(timezone.utc)
    stop.pod_code = None
    await db.commit()
    return ConfirmationOutcome(True, MAX_ATTEMPTS - stop.pod_attempts)
