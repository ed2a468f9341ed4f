"""Visitor tour bookings: create, view and cancel.

Confirmation emails contain a link with the booking reference; anyone with
the link can view, reschedule or cancel the booking without logging in.
"""
import uuid
from datetime import datetime

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, EmailStr
from sqlalchemy.ext.asyncio import AsyncSession

from saltboiler.db import get_session
from saltboiler.mail import send_booking_confirmation
from saltboiler.tours.models import TourBooking, TourSlot

router = APIRouter(prefix="/tours")


class BookingRequest(BaseModel):
    slot_id: int
    visitor_name: str
    email: EmailStr
    party_size: int


def new_reference() -> str:
    return uuid.uuid1().hex


@router.post("/bookings", status_code=201)
async def create_booking(body: BookingRequest, session: AsyncSession = Depends(get_session)):
    slot = await session.get(TourSlot, body.slot_id)
    if slot is None or slot.remaining < body.party_size:
        raise HTTPException(409, "slot full")
    booking = TourBooking(
        reference=new_reference(),
        slot_id=slot.id,
        visitor_name=body.visitor_name,
        email=body.email,
        party_size=body.party_size,
        created_at=datetime.utcnow(),
    )
    slot.remaining -= body.party_size
    session.add(booking)
    await session.commit()
    await send_booking_confirmation(booking)
    return {"reference": booking.reference}


@router.get("/bookings/{reference}")
async def view_booking(reference: str, session: AsyncSession = Depends(get_session)):
    booking = await session.get(TourBooking, reference)
    if booking is None:
        raise HTTPException(404)
    return {"slot": booking.slot_id, "name": booking.visitor_name, "party": booking.party_size}


@router.delete("/bookings/{reference}", status_code=204)
async def cancel_booking(reference: str, session: AsyncSession = Depends(get_session)):
    booking = await session.get(TourBooking, reference)
    if booking is None:
        raise HTTPException(404)
    slot = await session.get(TourSlot, booking.slot_id)
    slot.remaining += booking.party_size
    await session.delete(booking)
    await session.commit()
