"""Lets a guest see their arrival instructions and key-safe code with their arrival token."""
from __future__ import annotations

import secrets
from datetime import date, datetime, timezone

from fastapi import APIRouter, Depends, HTTPException, Query
from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from .db import get_db
from .models import Booking, KeySafe

router = APIRouter(prefix="/arrival", tags=["arrival"])


class ArrivalInfo(BaseModel):
    hut_name: str
    key_safe_code: str
    parking: str
    wifi_name: str


class ArrivalGate:
    def __init__(self, booking: Booking) -> None:
        self.booking = booking

    def token_ok(self, presented: str) -> bool:
        expected = self.booking.arrival_token or ""
        return bool(expected) and secrets.compare_digest(presented.encode(), expected.encode())

    def window_ok(self, today: date) -> bool:
        return self.booking.arrival_date <= today <= self.booking.departure_date

    def allow(self, presented: str, today: date) -> bool:
        return self.booking.status == "confirmed" and self.window_ok(today) and self.token_ok(presented)


@router.get("/{reference}", response_model=ArrivalInfo)
def arrival_info(
    reference: str,
    token: str = Query(..., min_length=16, max_length=128),
    db: Session = Depends(get_db),
) -> ArrivalInfo:
    booking = db.execute(select(Booking).where(Booking.reference == reference.upper())).scalar_one_or_none()
    if booking is None:
        raise HTTPException(status_code=404)
    if not ArrivalGate(booking).allow(token, datetime.now(timezone.utc).date()):
        raise HTTPException(status_code=403, detail="Arrival details not available")
    safe = db.execute(select(KeySafe).where(KeySafe.hut_id == booking.hut_id)).scalar_one()
    return ArrivalInfo(
        hut_name=booking.hut.name,
        key_safe_code=safe.code,
        parking=booking.hut.parking_notes,
        wifi_name=booking.hut.wifi_name,
    )
