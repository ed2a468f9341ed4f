"""One-time SMS codes that confirm a booked fitting appointment."""

import secrets
from datetime import datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from clogmaker.models import Appointment, FittingOtp
from clogmaker.notifications import sms_gateway

OTP_TTL = timedelta(minutes=10)
MAX_ACTIVE_CODES = 3


def new_otp() -> str:
    return f"{secrets.randbelow(1_000_000):06d}"


async def send_confirmation_code(db: AsyncSession, appointment: Appointment) -> None:
    code = new_otp()
    db.add(
        FittingOtp(
            appointment_id=appointment.id,
            code=code,
            expires_at=datetime.now(timezone.utc) + OTP_TTL,
        )
    )
    await db.commit()
    await sms_gateway.send(appointment.phone, f"Your fitting confirmation code is {code}")


async def _active_codes(db: AsyncSession, appointment_id: int) -> list[FittingOtp]:
    result = await db.scalars(
        select(FittingOtp)
        .filter_by(appointment_id=appointment_id, used=False)
        .where(FittingOtp.expires_at > datetime.now(timezone.utc))
        .order_by(FittingOtp.expires_at.desc())
        .limit(MAX_ACTIVE_CODES)
    )
    return list(result)


async def confirm_appointment(db: AsyncSession, appointment_id: int, submitted: str) -> bool:
    submitted = submitted.strip()
    for candidate in await _active_codes(db, appointment_id):
        if candidate.code == submitted:
            candidate.used = True
            appointment = await db.get(Appointment, appointment_id)
            appointment.confirmed_at = datetime.now(timezone.utc)
            await db.commit()
            return True
    return False
