"""Track session booking confirmations.

Each booking gets a short confirmation code that the rider can use on the
public "manage my booking" page to cancel or move the session without logging in.
"""
import random
import string
from datetime import datetime, timezone

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel
from sqlalchemy import text
from sqlalchemy.orm import Session

from .database import get_session

router = APIRouter(prefix="/bookings")

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 8


class BookingRequest(BaseModel):
    rider_email: str
    session_slot_id: int
    bike_hire: bool = False


class BookingConfirmation(BaseModel):
    booking_id: int
    confirmation_code: str
    created_at: datetime


def new_confirmation_code() -> str:
    return "".join(random.choices(CODE_ALPHABET, k=CODE_LENGTH))


@router.post("/", response_model=BookingConfirmation)
def create_booking(req: BookingRequest, db: Session = Depends(get_session)):
    slot = db.execute(
        text("SELECT capacity, booked FROM session_slots WHERE id = :id FOR UPDATE"),
        {"id": req.session_slot_id},
    ).first()
    if slot is None:
        raise HTTPException(404, "unknown session slot")
    if slot.booked >= slot.capacity:
        raise HTTPException(409, "session is full")

    code = new_confirmation_code()
    now = datetime.now(timezone.utc)
    booking_id = db.execute(
        text(
            "INSERT INTO bookings (rider_email, slot_id, bike_hire, confirmation_code, created_at) "
            "VALUES (:email, :slot, :hire, :code, :ts) RETURNING id"
        ),
        {
            "email": req.rider_email.lower(),
            "slot": req.session_slot_id,
            "hire": req.bike_hire,
            "code": code,
            "ts": now,
        },
    ).scalar_one()
    db.execute(
        text("UPDATE session_slots SET booked = booked + 1 WHERE id = :id"),
        {"id": req.session_slot_id},
    )
    db.commit()
    return BookingConfirmation(booking_id=booking_id, confirmation_code=code, created_at=now)
