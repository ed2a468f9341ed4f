"""Accepts offline snapshots from the portable data loggers used on site visits.

When a tapestry is assessed in situ (a church, a country house) the loggers
run disconnected; the field conservator uploads the logger's snapshot file
afterwards from the laptop app.
"""

from __future__ import annotations

import pickle
from datetime import datetime

from fastapi import APIRouter, Depends, File, HTTPException, UploadFile
from pydantic import BaseModel
from sqlalchemy.orm import Session

from .db import get_session
from .models import SiteReading
from .security import require_field_staff

router = APIRouter(prefix="/field-loggers", tags=["sensors"])

MAX_SNAPSHOT_BYTES = 20 * 1024 * 1024


class SnapshotSummary(BaseModel):
    logger_id: str
    site: str
    readings: int
    first: datetime
    last: datetime


@router.post("/{site_code}/snapshot", response_model=SnapshotSummary)
async def upload_snapshot(
    site_code: str,
    snapshot: UploadFile = File(...),
    session: Session = Depends(get_session),
    staff=Depends(require_field_staff),
) -> SnapshotSummary:
    raw = await snapshot.read(MAX_SNAPSHOT_BYTES + 1)
    if len(raw) > MAX_SNAPSHOT_BYTES:
        raise HTTPException(status_code=413, detail="snapshot too large")

    data = pickle.loads(raw)
    series = data.get("series") or []
    if not series:
        raise HTTPException(status_code=422, detail="snapshot has no readings")

    for point in series:
        session.add(
            SiteReading(
                site_code=site_code,
                logger_id=data["logger_id"],
                taken_at=point["ts"],
                temperature_c=point["t"],
                relative_humidity=point["rh"],
                uploaded_by=staff.id,
            )
        )
    session.commit()

    return SnapshotSummary(
        logger_id=data["logger_id"],
        site=site_code,
        readings=len(series),
        first=series[0]["ts"],
        last=series[-1]["ts"],
    )
