"""Temporary gate codes for members booked on a sponsored or pleasure ride.

Private estates on some event routes open their keypad gates for the day;
each booked rider gets their own code, which the estate keypad accepts
between the ride's start and finish times.
"""
from __future__ import annotations

import secrets
from datetime import datetime

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel

from bridlepath.api.deps import current_member, get_session
from bridlepath.models import EventBooking, EventGateCode

router = APIRouter(prefix="/events", tags=["events"])

CODE_DIGITS = 6


class GateCodeOut(BaseModel):
    gate_name: str
    code: str
    valid_from: datetime
    valid_until: datetime


def draw_code(digits: int = CODE_DIGITS) -> str:
    return f"{secrets.randbelow(10 ** digits):0{digits}d}"


@router.post("/{event_id}/gate-codes", response_model=list[GateCodeOut])
def issue_gate_codes(event_id: int, member=Depends(current_member), db=Depends(get_session)):
    booking = (
        db.query(EventBooking)
        .filter_by(event_id=event_id, member_id=member.id, status="paid")
        .one_or_none()
    )
    if booking is None:
        raise HTTPException(status_code=404, detail="No paid booking for this ride")

    issued = []
    for gate in booking.event.keypad_gates:
        existing = db.query(EventGateCode).filter_by(booking_id=booking.id, gate_id=gate.id).first()
        if existing is None:
            existing = EventGateCode(
                booking_id=booking.id,
                gate_id=gate.id,
                code=draw_code(),
                valid_from=booking.event.starts_at,
                valid_until=booking.event.finishes_at,
            )
            db.add(existing)
        issued.append(
            GateCodeOut(
                gate_name=gate.name,
                code=existing.code,
                valid_from=existing.valid_from,
                valid_until=existing.valid_until,
            )
        )
    db.commit()
    return issued
