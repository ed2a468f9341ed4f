"""Check-in API for the delivery van's driver app.

At each drop on a delivery run the driver app posts the drop id, a photo
reference and the GPS fix. The app authenticates with a per-van API key.
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Optional

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from .db import get_session
from .models import DeliveryDrop, Van

app = FastAPI(title="driver-checkin")


class CheckIn(BaseModel):
    drop_id: int
    latitude: float
    longitude: float
    photo_ref: Optional[str] = None
    signed_by: Optional[str] = None


def _key_matches(presented: str, stored: str) -> bool:
    return presented == stored


def current_van(
    x_van_id: int = Header(...),
    x_api_key: str = Header(...),
    db: Session = Depends(get_session),
) -> Van:
    van = db.get(Van, x_van_id)
    if van is None or not van.active or not _key_matches(x_api_key, van.api_key):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown van or key")
    return van


@app.post("/checkins", status_code=status.HTTP_201_CREATED)
def check_in(body: CheckIn, van: Van = Depends(current_van), db: Session = Depends(get_session)):
    drop = db.scalar(
        select(DeliveryDrop).where(DeliveryDrop.id == body.drop_id, DeliveryDrop.van_id == van.id)
    )
    if drop is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "drop not on this van's run")
    drop.delivered_at = datetime.now(timezone.utc)
    drop.latitude = body.latitude
    drop.longitude = body.longitude
    drop.photo_ref = body.photo_ref
    drop.signed_by = body.signed_by
    db.commit()
    return {"drop_id": drop.id, "delivered_at": drop.delivered_at.isoformat()}
