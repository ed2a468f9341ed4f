"""School group roster uploads.

Teachers upload a CSV or XLSX roster a week before their visit. The stored
file gets a generated name; the original name is kept only as metadata.
"""
import re
import uuid
from pathlib import Path

from fastapi import APIRouter, File, HTTPException, UploadFile

from .settings import settings
from .store import record_roster

router = APIRouter(prefix="/bookings")

BOOKING_REF = re.compile(r"[A-Z0-9]{8}")
ALLOWED_SUFFIXES = {".csv", ".xlsx"}
MAX_BYTES = 2 * 1024 * 1024


@router.post("/{booking_ref}/roster", status_code=201)
async def upload_roster(booking_ref: str, roster: UploadFile = File(...)):
    if not BOOKING_REF.fullmatch(booking_ref):
        raise HTTPException(status_code=404, detail="unknown booking")
    suffix = Path(roster.filename or "").suffix.lower()
    if suffix not in ALLOWED_SUFFIXES:
        raise HTTPException(status_code=415, detail="roster must be CSV or XLSX")

    data = await roster.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise HTTPException(status_code=413, detail="roster too large")

    folder = Path(settings.roster_root) / booking_ref
    folder.mkdir(parents=True, exist_ok=True)
    dest = folder / f"{uuid.uuid4().hex}{suffix}"
    dest.write_bytes(data)
    record_roster(booking_ref, stored_name=dest.name, original_name=roster.filename, size=len(data))
    return {"booking_ref": booking_ref, "bytes": len(data)}
