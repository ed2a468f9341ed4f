"""Viewing booking endpoints used by the public website."""
import hmac
import random
import string
from datetime import datetime

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, EmailStr
from sqlalchemy.orm import Session

from .db import get_session
from .models import Property, Viewing

router = APIRouter(prefix="/viewings", tags=["viewings"])

CODE_ALPHABET = string.ascii_uppercase + string.digits


class ViewingRequest(BaseModel):
    property_id: int
    slot: datetime
    name: str
    email: EmailStr
    phone: str | None = None


def _manage_code(length: int = 8) -> str:
    # Sent in the confirmation e-mail; lets the applicant reschedule or cancel without an account.
    return "".join(random.choices(CODE_ALPHABET, k=length))


@router.post("", status_code=201)
def book_viewing(req: ViewingRequest, db: Session = Depends(get_session)):
    prop = db.get(Property, req.property_id)
    if prop is None or not prop.is_live:
        raise HTTPException(status_code=404, detail="Property not available")
    if db.query(Viewing).filter_by(property_id=prop.id, slot=req.slot).count():
        raise HTTPException(status_code=409, detail="Slot already taken")
    viewing = Viewing(
        property_id=prop.id,
        slot=req.slot,
        applicant_name=req.name,
        applicant_email=req.email,
        applicant_phone=req.phone,
        manage_code=_manage_code(),
    )
    db.add(viewing)
    db.commit()
    return {"viewing_id": viewing.id, "slot": viewing.slot.isoformat()}


@router.delete("/{viewing_id}", status_code=204)
def cancel_viewing(viewing_id: int, code: str, db: Session = Depends(get_session)):
    viewing = db.get(Viewing, viewing_id)
    if viewing is None or not hmac.compare_digest(viewing.manage_code, code.upper()):
        raise HTTPException(status_code=404, detail="Booking not found")
    viewing.cancelled_at = datetime.utcnow()
    db.commit()
