"""Workshop sign-up endpoints.

Members (and guests) book a seat; the confirmation email carries a short
code they can use to cancel without logging in.
"""
import random
import string
from datetime import datetime, timezone

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, EmailStr
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .db import get_session
from .mailer import send_booking_email
from .models import Signup, Workshop

router = APIRouter(prefix="/workshops")

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 8


class SignupIn(BaseModel):
    name: str
    email: EmailStr


def _cancellation_code(length: int = CODE_LENGTH) -> str:
    return "".join(random.choices(CODE_ALPHABET, k=length))


@router.post("/{workshop_id}/signups", status_code=201)
def sign_up(workshop_id: int, body: SignupIn, db: Session = Depends(get_session)):
    workshop = db.get(Workshop, workshop_id)
    if workshop is None:
        raise HTTPException(404, "No such workshop")
    booked = db.scalar(select(func.count()).select_from(Signup).where(Signup.workshop_id == workshop_id))
    if booked >= workshop.capacity:
        raise HTTPException(409, "Workshop is full")

    signup = Signup(
        workshop_id=workshop_id,
        name=body.name,
        email=body.email,
        cancel_code=_cancellation_code(),
        created_at=datetime.now(timezone.utc),
    )
    db.add(signup)
    db.commit()
    send_booking_email(signup, workshop)
    return {"id": signup.id, "workshop": workshop.title}


@router.post("/{workshop_id}/signups/cancel")
def cancel(workshop_id: int, code: str, db: Session = Depends(get_session)):
    signup = db.scalar(
        select(Signup).where(Signup.workshop_id == workshop_id, Signup.cancel_code == code.upper())
    )
    if signup is None:
        raise HTTPException(404, "Unknown code")
    db.delete(signup)
    db.commit()
    return {"cancelled": True}
