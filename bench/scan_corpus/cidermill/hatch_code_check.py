"""Collection hatch: checks a member's code before juice is handed over."""
from __future__ import annotations

import hmac
import logging
from datetime import datetime, timezone

from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from .db import get_session
from .models import DropoffBooking

log = logging.getLogger("hatch")
app = FastAPI(title="Collection hatch")


class HatchAttempt(BaseModel):
    booking_ref: str = Field(min_length=6, max_length=12)
    code: str = Field(min_length=6, max_length=12)


def codes_match(entered: str, stored: str) -> bool:
    return hmac.compare_digest(entered.strip().upper().encode(), stored.encode())


@app.post("/hatch/release")
def release(attempt: HatchAttempt, db: Session = Depends(get_session)) -> dict:
    booking = db.execute(
        select(DropoffBooking).where(DropoffBooking.reference == attempt.booking_ref.upper())
    ).scalar_one_or_none()
    if booking is None or not booking.collection_code:
        raise HTTPException(status_code=404, detail="unknown booking")
    if booking.collected_at is not None:
        raise HTTPException(status_code=409, detail="already collected")
    if not codes_match(attempt.code, booking.collection_code):
        log.info("code mismatch for booking %s", booking.reference)
        raise HTTPException(status_code=403, detail="code does not match")
    if booking.code_expires and booking.code_expires < datetime.now(timezone.utc):
        raise HTTPException(status_code=410, detail="collection window closed")
    booking.collected_at = datetime.now(timezone.utc)
    db.commit()
    log.info("booking %s released from bay %s", booking.reference, booking.storage_bay)
    return {"bay": booking.storage_bay, "litres": float(booking.litres_due)}
