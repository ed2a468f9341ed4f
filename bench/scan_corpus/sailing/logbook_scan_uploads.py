"""FastAPI endpoints where instructors upload scanned pages of their paper logbooks."""

from __future__ import annotations

import re
import uuid
from datetime import datetime, timezone
from pathlib import Path, PurePath

from fastapi import APIRouter, Depends, File, HTTPException, UploadFile

from .security import current_instructor

router = APIRouter(prefix="/logbook/scans", tags=["logbook"])

SCAN_ROOT = Path("/srv/school-data/logbook-scans")
ALLOWED_SUFFIXES = {".pdf", ".jpg", ".jpeg", ".png"}
MAX_BYTES = 10 * 1024 * 1024
_NAME_STRIP = re.compile(r"[^A-Za-z0-9._-]+")


def _instructor_dir(instructor_id: int) -> Path:
    folder = SCAN_ROOT / f"instructor-{instructor_id:05d}"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _stored_name(client_name: str | None) -> str:
    base = PurePath(client_name or "scan").name
    stem = _NAME_STRIP.sub("_", PurePath(base).stem).strip("._")[:60] or "scan"
    suffix = PurePath(base).suffix.lower()
    if suffix not in ALLOWED_SUFFIXES:
        raise HTTPException(status_code=415, detail="unsupported file type")
    return f"{uuid.uuid4().hex}_{stem}{suffix}"


@router.post("")
async def upload_scan(
    page: UploadFile = File(...),
    instructor=Depends(current_instructor),
):
    name = _stored_name(page.filename)
    raw = await page.read(MAX_BYTES + 1)
    if len(raw) > MAX_BYTES:
        raise HTTPException(status_code=413, detail="scan too large")
    if not raw:
        raise HTTPException(status_code=422, detail="empty upload")

    destination = _instructor_dir(instructor.id) / name
    destination.write_bytes(raw)
    return {
        "stored_as": destination.name,
        "original_name": page.filename,
        "uploaded_at": datetime.now(timezone.utc).isoformat(),
        "bytes": len(raw),
    }
