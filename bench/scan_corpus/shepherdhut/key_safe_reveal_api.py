"""FastAPI endpoint that reveals the key-safe code to a guest on arrival day."""
from __future__ import annotations

from datetime import date, datetime, timezone

from fastapi import APIRouter, Depends, HTTPException, Query
from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from .db import get_db
from .models import Booking, KeySafe

router = APIRouter(prefix="/arrival", tags=["arrival"])


class KeySafeReveal(BaseModel):
    hut_name: str
    code: str
    location_hint: str
    what3words: str | None = None


class ArrivalGate:
    """Decides whether a guest may see their key-safe code."""

    def __init__(self, booking: Booking) -> None:
        self.booking = booking

    def token_matches(self, presented: str) -> bool:
        return presented == self.booking.arrival_token

    def within_window(self, today: date) -> bool:
        return self.booking.arrival_date <= today <= self.booking.departure_date

    def allow(self, presented: str, today: date) -> bool:
        return (
            self.booking.status == "confirmed"
            and self.within_window(today)
            and self.token_matches(presented)
        )


@router.get("/{reference}/key-safe", response_model=KeySafeReveal)
def reveal_key_safe(
    reference: str,
    token: str = Query(..., min_length=16, max_length=128),
    db: Session = Depends(get_db),
) -> KeySafeReveal:
    booking = db.execute(
        select(Booking).where(Booking.reference == reference.upper())
    ).scalar_one_or_none()
    if booking is None:
        raise HTTPException(status_code=404)
    today = datetime.now(timezone.utc).date()
    if not ArrivalGate(booking).allow(token, today):
        raise HTTPException(status_code=403, detail="Code not available")
    safe = db.execute(select(KeySafe).where(KeySafe.hut_id == booking.hut_id)).scalar_one()
    booking.key_code_viewed_at = datetime.now(timezone.utc)
    db.commit()
    return KeySafeReveal(
        hut_name=booking.hut.name,
        code=safe.code,
        location_hint=safe.location_hint,
        what3words=safe.what3words,
    )
