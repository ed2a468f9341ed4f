"""Intake for scanned council permit pages sent in from the site office scanner."""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path

from fastapi import Depends, FastAPI, File, HTTPException, UploadFile
from fastapi.responses import FileResponse

from .auth import require_office_user

log = logging.getLogger(__name__)
app = FastAPI(title="permit-scans")

SCAN_ROOT = Path(os.environ.get("PERMIT_SCAN_ROOT", "/srv/funfair/permit-scans")).resolve()
ALLOWED_SUFFIXES = {".pdf", ".jpg", ".jpeg", ".png", ".tif", ".tiff"}
MAX_BYTES = 25 * 1024 * 1024
PERMIT_NO = re.compile(r"[A-Z0-9]{2,6}-\d{2,8}")


def confined_path(permit_no: str, filename: str) -> Path:
    if not PERMIT_NO.fullmatch(permit_no):
        raise HTTPException(status_code=400, detail="invalid permit number")
    folder = SCAN_ROOT / permit_no
    candidate = (folder / filename).resolve()
    if candidate.parent != folder or not candidate.is_relative_to(SCAN_ROOT):
        raise HTTPException(status_code=400, detail="invalid file name")
    if candidate.suffix.lower() not in ALLOWED_SUFFIXES:
        raise HTTPException(status_code=415, detail="unsupported scan format")
    return candidate


@app.post("/permits/{permit_no}/scans", status_code=201)
async def upload_scan(
    permit_no: str,
    scan: UploadFile = File(...),
    user: str = Depends(require_office_user),
):
    destination = confined_path(permit_no, scan.filename or "")
    data = await scan.read()
    if len(data) > MAX_BYTES:
        raise HTTPException(status_code=413, detail="scan too large")
    destination.parent.mkdir(parents=True, exist_ok=True)
    destination.write_bytes(data)
    log.info("scan %s stored for permit %s by %s", destination.name, permit_no, user)
    return {"stored": destination.relative_to(SCAN_ROOT).as_posix()}


@app.get("/permits/{permit_no}/scans/{filename}")
def get_scan(permit_no: str, filename: str, user: str = Depends(require_office_user)):
    path = confined_path(permit_no, filename)
    if not path.is_file():
        raise HTTPException(status_code=404)
    return FileResponse(path)
