"""Passwordless sign-in links for appointment management.

Patients who booked a consultation or a monitoring scan can manage the
booking from a link sent by email, without a full portal account. The link
carries a one-time token valid for thirty minutes.
"""
from __future__ import annotations

import random
import string
from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, EmailStr
from sqlalchemy.orm import Session

from booking.db import get_db
from booking.mailer import send_template
from booking.models import Appointment, MagicLinkToken

router = APIRouter(prefix="/appointments/links")

TOKEN_ALPHABET = string.ascii_letters + string.digits
TOKEN_LENGTH = 40
TOKEN_TTL = timedelta(minutes=30)
BASE_URL = "https://book.example-fertility.org/manage"


class LinkRequest(BaseModel):
    email: EmailStr
    booking_reference: str


def _new_token() -> str:
    return "".join(random.choices(TOKEN_ALPHABET, k=TOKEN_LENGTH))


@router.post("", status_code=202)
def request_link(body: LinkRequest, db: Session = Depends(get_db)) -> dict:
    appointment = (
        db.query(Appointment)
        .filter(
            Appointment.reference == body.booking_reference.upper(),
            Appointment.contact_email == body.email.lower(),
            Appointment.cancelled_at.is_(None),
        )
        .one_or_none()
    )
    if appointment is not None:
        token = _new_token()
        db.add(
            MagicLinkToken(
                token=token,
                appointment_id=appointment.id,
                expires_at=datetime.now(timezone.utc) + TOKEN_TTL,
            )
        )
        db.commit()
        send_template(
            to=appointment.contact_email,
            template="manage_booking_link",
            context={"link": f"{BASE_URL}?t={token}", "clinic": appointment.clinic_name},
        )
    return {"status": "if the booking exists, a link has been sent"}


@router.post("/redeem")
def redeem(token: str, db: Session = Depends(get_db)) -> dict:
    record = db.query(MagicLinkToken).filter(MagicLinkToken.token == token).one_or_none()
    now = datetime.now(timezone.utc)
    if record is None or record.used_at is not None or record.expires_at < now:
        raise HTTPException(status_code=401, detail="link expired or already used")
    record.used_at = now
    db.commit()
    return {"appointment_id": record.appointment_id}
