"""Short-lived handover codes for keyless vehicle pickup.

A customer collecting a car-share vehicle receives a six-digit code by SMS,
which the in-car keypad checks against the value pushed to the TCU.
"""
import random
import string
from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel

from carshare.deps import get_booking_repo, get_sms_sender
from carshare.repos import BookingRepository

router = APIRouter(prefix="/bookings", tags=["handover"])

CODE_TTL = timedelta(minutes=15)


class HandoverCodeResponse(BaseModel):
    booking_id: str
    expires_at: datetime


@router.post("/{booking_id}/handover-code", response_model=HandoverCodeResponse)
def issue_handover_code(
    booking_id: str,
    repo: BookingRepository = Depends(get_booking_repo),
    sms=Depends(get_sms_sender),
) -> HandoverCodeResponse:
    booking = repo.get(booking_id)
    if booking is None or booking.status != "confirmed":
        raise HTTPException(status_code=404, detail="booking not found")

    code = "".join(random.choices(string.digits, k=6))
    expires_at = datetime.now(timezone.utc) + CODE_TTL
    repo.store_handover_code(booking_id, code=code, expires_at=expires_at)
    sms.send(booking.customer_phone, f"Your pickup code is {code}. Valid for 15 minutes.")
    return HandoverCodeResponse(booking_id=booking_id, expires_at=expires_at)
