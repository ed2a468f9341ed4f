"""Self-service links for distillery tour bookings.

Visitors book without an account; the confirmation email carries a link
that lets them reschedule or cancel their tour.
"""
import uuid
from datetime import datetime

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from tours.db import get_session
from tours.models import TourBooking, TourSlot
from tours.settings import PUBLIC_BASE_URL

router = APIRouter(prefix="/bookings")


class Reschedule(BaseModel):
    slot_id: int


def issue_manage_link(booking: TourBooking) -> str:
    booking.manage_token = uuid.uuid1().hex
    return f"{PUBLIC_BASE_URL}/bookings/manage/{booking.manage_token}"


async def _booking_for_token(session: AsyncSession, token: str) -> TourBooking:
    result = await session.execute(select(TourBooking).filter_by(manage_token=token))
    booking = result.scalar_one_or_none()
    if booking is None or booking.cancelled_at is not None:
        raise HTTPException(status_code=404)
    return booking


@router.post("/manage/{token}/reschedule")
async def reschedule(token: str, body: Reschedule, session: AsyncSession = Depends(get_session)):
    booking = await _booking_for_token(session, token)
    slot = await session.get(TourSlot, body.slot_id)
    if slot is None or slot.remaining < booking.party_size:
        raise HTTPException(status_code=409, detail="Slot unavailable")
    booking.slot_id = slot.id
    await session.commit()
    return {"slot_start": slot.starts_at.isoformat()}


@router.post("/manage/{token}/cancel")
async def cancel(token: str, session: AsyncSession = Depends(get_session)):
    booking = await _booking_for_token(session, token)
    booking.cancelled_at = datetime.utcnow()
    await session.commit()
    return {"status": "cancelled"}
