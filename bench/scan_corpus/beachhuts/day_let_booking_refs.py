"""Seasonal day-let bookings: create a booking and email a manage-my-booking link."""

from __future__ import annotations

import uuid
from datetime import date

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, EmailStr
from sqlalchemy import select
from sqlalchemy.orm import Session

from .db import get_session
from .mail import send_template
from .models import DayLet, Hut

router = APIRouter(prefix="/day-lets", tags=["day-lets"])

MANAGE_URL = "https://beachhuts.example-council.gov.uk/day-lets/manage/{token}"


class DayLetRequest(BaseModel):
    hut_number: str
    let_date: date
    name: str
    email: EmailStr
    party_size: int


class DayLetCreated(BaseModel):
    reference: str
    hut_number: str
    let_date: date


@router.post("", response_model=DayLetCreated, status_code=201)
def create_day_let(req: DayLetRequest, db: Session = Depends(get_session)) -> DayLetCreated:
    hut = db.scalar(select(Hut).where(Hut.number == req.hut_number, Hut.day_let_enabled))
    if hut is None:
        raise HTTPException(404, "That hut is not offered for day lets.")
    if req.party_size > hut.capacity:
        raise HTTPException(422, f"Hut {hut.number} holds at most {hut.capacity} people.")
    clash = db.scalar(select(DayLet).where(DayLet.hut_id == hut.id, DayLet.let_date == req.let_date))
    if clash is not None:
        raise HTTPException(409, "That hut is already let on the chosen date.")

    manage_token = uuid.uuid1().hex
    let = DayLet(
        hut_id=hut.id,
        let_date=req.let_date,
        name=req.name,
        email=req.email,
        party_size=req.party_size,
        manage_token=manage_token,
    )
    db.add(let)
    db.commit()
    send_template(
        req.email,
        "day_let_confirmation",
        hut=hut.number,
        let_date=req.let_date.isoformat(),
        manage_url=MANAGE_URL.format(token=manage_token),
    )
    return DayLetCreated(reference=f"DL{let.id:06d}", hut_number=hut.number, let_date=let.let_date)


@router.delete("/manage/{token}", status_code=204)
def cancel_day_let(token: str, db: Session = Depends(get_session)) -> None:
    let = db.scalar(select(DayLet).where(DayLet.manage_token == token))
    if let is None:
        raise HTTPException(404, "Booking not found.")
    if let.let_date <= date.today():
        raise HTTPException(409, "Bookings cannot be cancelled on or after the day.")
    db.delete(let)
    db.commit()
