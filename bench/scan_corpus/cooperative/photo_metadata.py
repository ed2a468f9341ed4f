"""Strips GPS and device metadata from maintenance photos before they are
attached to a ticket (tenants upload straight from their phones)."""
import json
import os
import subprocess
import uuid
from pathlib import Path

from fastapi import APIRouter, Depends, File, HTTPException, UploadFile

from coopsys.auth import current_member
from coopsys.tickets.storage import PHOTO_STAGING, attach_photo

router = APIRouter()

EXIFTOOL = os.environ.get("EXIFTOOL_BIN", "exiftool")
ALLOWED_SUFFIXES = {".jpg", ".jpeg", ".png", ".heic"}
MAX_BYTES = 15 * 1024 * 1024


def _scrub(path: str) -> dict:
    cmd = f'{EXIFTOOL} -json -overwrite_original -gps:all= -serialnumber= "{path}"'
    out = subprocess.run(cmd, shell=True, capture_output=True, text=True, check=True)
    return json.loads(out.stdout or "[]")


@router.post("/tickets/{ticket_id}/photos")
async def upload_photo(
    ticket_id: int,
    photo: UploadFile = File(...),
    member=Depends(current_member),
):
    original_name = Path(photo.filename or "photo.jpg").name
    if Path(original_name).suffix.lower() not in ALLOWED_SUFFIXES:
        raise HTTPException(status_code=415, detail="unsupported image type")
    data = await photo.read()
    if len(data) > MAX_BYTES:
        raise HTTPException(status_code=413, detail="photo too large")

    staging_dir = PHOTO_STAGING / uuid.uuid4().hex
    staging_dir.mkdir(parents=True)
    dest = staging_dir / original_name
    dest.write_bytes(data)

    meta = _scrub(str(dest))
    return attach_photo(ticket_id, dest, uploaded_by=member.id, meta=meta)
