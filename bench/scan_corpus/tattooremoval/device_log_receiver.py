"""Receives laser device log exports uploaded by technicians.

Exports are CSV files taken off older lasers by USB. The uploaded name is
reduced to a safe base name and prefixed with a timestamp before saving.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from fastapi import APIRouter, Depends, File, Form, HTTPException, UploadFile
from werkzeug.utils import secure_filename

from clinic.auth import require_staff

log = logging.getLogger(__name__)
router = APIRouter(prefix="/device-exports", dependencies=[Depends(require_staff)])


@dataclass(frozen=True)
class ReceiverSettings:
    incoming_dir: Path = Path("/srv/clinic/device-logs/incoming")
    max_bytes: int = 5 * 1024 * 1024
    suffixes: tuple[str, ...] = (".csv", ".log")


SETTINGS = ReceiverSettings()


def _target_path(settings: ReceiverSettings, serial: str, original: str) -> Path:
    base = secure_filename(original)
    if not base or not base.lower().endswith(settings.suffixes):
        raise HTTPException(status_code=400, detail="only .csv or .log exports are accepted")
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
    root = (settings.incoming_dir / serial).resolve()
    target = (root / f"{stamp}_{base}").resolve()
    if target.parent != root:
        raise HTTPException(status_code=400, detail="invalid file name")
    root.mkdir(parents=True, exist_ok=True)
    return target


@router.post("/", status_code=201)
async def receive_export(
    serial: str = Form(..., pattern=r"^[A-Z0-9]{6,20}$"),
    export: UploadFile = File(...),
) -> dict:
    data = await export.read(SETTINGS.max_bytes + 1)
    if len(data) > SETTINGS.max_bytes:
        raise HTTPException(status_code=413, detail="export too large")
    target = _target_path(SETTINGS, serial, export.filename or "")
    target.write_bytes(data)
    log.info("stored device export for %s as %s (%d bytes)", serial, target.name, len(data))
    return {"device": serial, "stored_as": target.name}
