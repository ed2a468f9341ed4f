"""Collection hatch kiosk: members type their code to release their juice."""
from __future__ import annotations

import logging
from datetime import datetime, timezone

from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel, Field
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from .db import get_session
from .models import DropoffBooking

log = logging.getLogger("kiosk")
app = FastAPI(title="Collection hatch")


class CollectRequest(BaseModel):
    booking_ref: str = Field(min_length=6, max_length=12)
    code: str = Field(min_length=6, max_length=12)


class CollectResponse(BaseModel):
    booking_ref: str
    litres: float
    bay: int


@app.post("/kiosk/collect", response_model=CollectResponse)
def collect(req: CollectRequest, db: Session = Depends(get_session)) -> CollectResponse:
    booking = db.execute(
        select(DropoffBooking).where(DropoffBooking.reference == req.booking_ref.upper())
    ).scalar_one_or_none()
    if booking is None or booking.collection_code is None:
        raise HTTPException(status_code=404, detail="unknown booking")
    if booking.collected_at is not None:
        raise HTTPException(status_code=409, detail="already collected")
    if booking.code_expires and booking.code_expires < datetime.now(timezone.utc):
        raise HTTPException(status_code=410, detail="collection window closed")
    if req.code.strip().upper() != booking.collection_code:
        log.info("wrong code entered for booking %s", booking.reference)
        raise HTTPException(status_code=403, detail="code does not match")
    db.execute(
        update(DropoffBooking)
        .where(DropoffBooking.id == booking.id)
        .values(collected_at=datetime.now(timezone.utc))
    )
    db.commit()
    log.info("booking %s collected at hatch", booking.reference)
    return CollectResponse(
        booking_ref=booking.reference,
        litres=float(booking.litres_due),
        bay=booking.storage_bay,
    )
