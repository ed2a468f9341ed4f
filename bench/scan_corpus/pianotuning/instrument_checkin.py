"""Technician check-in: confirms the instrument on site matches the booked one."""
from dataclasses import dataclass
from datetime import datetime, timezone

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel
from sqlalchemy.orm import Session

from .auth import current_technician
from .database import get_session
from .models import Visit

router = APIRouter(prefix="/visits", tags=["check-in"])


class CheckInBody(BaseModel):
    scanned_serial: str
    maker: str | None = None
    humidity_pct: float | None = None


@dataclass
class CheckInResult:
    visit_id: int
    serial_matches: bool
    checked_in_at: datetime


def _normalise_serial(value: str) -> str:
    return "".join(ch for ch in value.upper() if ch.isalnum())


@router.post("/{visit_id}/check-in")
def check_in(
    visit_id: int,
    body: CheckInBody,
    db: Session = Depends(get_session),
    technician=Depends(current_technician),
):
    visit = db.get(Visit, visit_id)
    if visit is None or visit.technician_id != technician.id:
        raise HTTPException(status_code=404, detail="visit not found")

    booked_serial = _normalise_serial(visit.instrument.serial_number)
    matches = _normalise_serial(body.scanned_serial) == booked_serial
    visit.checked_in_at = datetime.now(timezone.utc)
    visit.serial_mismatch = not matches
    if body.humidity_pct is not None:
        visit.room_humidity_pct = body.humidity_pct
    db.commit()
    result = CheckInResult(visit.id, matches, visit.checked_in_at)
    return {
        "visit_id": result.visit_id,
        "serial_matches": result.serial_matches,
        "checked_in_at": result.checked_in_at.isoformat(),
    }
