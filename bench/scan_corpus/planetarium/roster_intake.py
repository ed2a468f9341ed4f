"""School group roster intake.

Teachers upload a CSV or XLSX roster of pupils (first names plus access and
allergy notes) a week before their visit. Files are stored per booking and
picked up by the learning team's import job.
"""
import re
from pathlib import Path

from fastapi import APIRouter, File, HTTPException, UploadFile

from .settings import settings

router = APIRouter(prefix="/bookings")

BOOKING_REF = re.compile(r"[A-Z0-9]{8}")
ALLOWED_SUFFIXES = {".csv", ".xlsx"}
MAX_BYTES = 2 * 1024 * 1024


def _roster_path(booking_ref: str, filename: str) -> Path:
    folder = Path(settings.roster_root) / booking_ref
    folder.mkdir(parents=True, exist_ok=True)
    return folder / filename


@router.post("/{booking_ref}/roster", status_code=201)
async def upload_roster(booking_ref: str, roster: UploadFile = File(...)):
    if not BOOKING_REF.fullmatch(booking_ref):
        raise HTTPException(status_code=404, detail="unknown booking")
    filename = roster.filename or ""
    if Path(filename).suffix.lower() not in ALLOWED_SUFFIXES:
        raise HTTPException(status_code=415, detail="roster must be CSV or XLSX")

    data = await roster.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise HTTPException(status_code=413, detail="roster too large")

    dest = _roster_path(booking_ref, filename)
    dest.write_bytes(data)
    return {"booking_ref": booking_ref, "stored_as": dest.name, "bytes": len(data)}
