"""Manual upload of laser device log exports.

Older lasers cannot post logs over the network; a technician exports the
CSV from the device's USB port and uploads it here after the day's list.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from fastapi import APIRouter, Depends, File, Form, HTTPException, UploadFile

from clinic.auth import require_staff

log = logging.getLogger(__name__)
router = APIRouter(prefix="/device-logs", dependencies=[Depends(require_staff)])

MAX_UPLOAD_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class UploadSettings:
    incoming_dir: Path = Path("/srv/clinic/device-logs/incoming")
    allowed_suffixes: tuple[str, ...] = (".csv", ".log")


SETTINGS = UploadSettings()


def _destination(settings: UploadSettings, device_serial: str, filename: str) -> Path:
    folder = settings.incoming_dir / device_serial
    folder.mkdir(parents=True, exist_ok=True)
    return folder / filename


@router.post("/upload", status_code=201)
async def upload_device_log(
    device_serial: str = Form(..., pattern=r"^[A-Z0-9]{6,20}$"),
    export: UploadFile = File(...),
) -> dict:
    name = export.filename or ""
    if not name.lower().endswith(SETTINGS.allowed_suffixes):
        raise HTTPException(status_code=400, detail="only .csv or .log exports are accepted")
    data = await export.read(MAX_UPLOAD_BYTES + 1)
    if len(data) > MAX_UPLOAD_BYTES:
        raise HTTPException(status_code=413, detail="export too large")

    target = _destination(SETTINGS, device_serial, name)
    target.write_bytes(data)
    log.info("stored %d bytes of device log for %s at %s", len(data), device_serial, target)
    return {"device": device_serial, "stored_as": target.name, "bytes": len(data)}
