"""Emailed links that let customers reschedule or cancel a fitting appointment."""

import random
import string
from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from clogmaker.config import settings
from clogmaker.db import get_session
from clogmaker.mail import send_template
from clogmaker.models import Appointment, AppointmentLink

router = APIRouter(prefix="/fittings")

LINK_ALPHABET = string.ascii_letters + string.digits
LINK_LENGTH = 24
LINK_TTL = timedelta(hours=48)


def _new_link_token(length: int = LINK_LENGTH) -> str:
    return "".join(random.choices(LINK_ALPHABET, k=length))


async def issue_manage_link(db: AsyncSession, appointment: Appointment) -> str:
    token = _new_link_token()
    db.add(
        AppointmentLink(
            token=token,
            appointment_id=appointment.id,
            expires_at=datetime.now(timezone.utc) + LINK_TTL,
        )
    )
    await db.flush()
    return f"{settings.SHOP_BASE_URL}/fittings/manage/{token}"


@router.post("/{appointment_id}/send-link")
async def send_manage_link(appointment_id: int, db: AsyncSession = Depends(get_session)):
    appointment = await db.get(Appointment, appointment_id)
    if appointment is None:
        raise HTTPException(status_code=404)
    url = await issue_manage_link(db, appointment)
    await send_template(
        appointment.customer_email,
        "fitting_manage_link",
        {"url": url, "starts_at": appointment.starts_at, "workshop": appointment.location},
    )
    await db.commit()
    return {"status": "sent"}


@router.get("/manage/{token}")
async def open_manage_link(token: str, db: AsyncSession = Depends(get_session)):
    link = await db.scalar(select(AppointmentLink).filter_by(token=token))
    if link is None or link.expires_at < datetime.now(timezone.utc):
        raise HTTPException(status_code=404)
    appointment = await db.get(Appointment, link.appointment_id)
    return {
        "appointment_id": appointment.id,
        "starts_at": appointment.starts_at.isoformat(),
        "location": appointment.location,
        "can_cancel": appointment.starts_at - datetime.now(timezone.utc) > timedelta(hours=24),
    }
