"""Handles the one-click cancel / reschedule link in appointment reminder emails."""
from datetime import date

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from .database import get_session
from .models import Appointment

router = APIRouter(prefix="/appointments", tags=["appointments"])


class RescheduleBody(BaseModel):
    token: str
    new_date: date
    slot: str


def _load_for_token(db: Session, appointment_id: int, token: str) -> Appointment:
    appt = db.scalars(select(Appointment).where(Appointment.id == appointment_id)).first()
    if appt is None:
        raise HTTPException(status_code=404, detail="appointment not found")
    if appt.manage_token != token:
        raise HTTPException(status_code=403, detail="invalid link")
    return appt


@router.post("/{appointment_id}/cancel")
def cancel_appointment(appointment_id: int, token: str, db: Session = Depends(get_session)):
    appt = _load_for_token(db, appointment_id, token)
    if appt.status == "cancelled":
        return {"status": "already cancelled"}
    appt.status = "cancelled"
    db.commit()
    return {"status": "cancelled", "visit_date": appt.visit_date.isoformat()}


@router.post("/{appointment_id}/reschedule")
def reschedule_appointment(
    appointment_id: int, body: RescheduleBody, db: Session = Depends(get_session)
):
    appt = _load_for_token(db, appointment_id, body.token)
    if body.new_date <= date.today():
        raise HTTPException(status_code=422, detail="new date must be in the future")
    if body.slot not in {"morning", "afternoon"}:
        raise HTTPException(status_code=422, detail="slot must be morning or afternoon")
    appt.visit_date = body.new_date
    appt.visit_slot = body.slot
    appt.status = "rescheduled"
    db.commit()
    return {"status": "rescheduled", "visit_date": appt.visit_date.isoformat()}
