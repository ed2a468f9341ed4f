"""Upload hull condition photographs from the surveyor's tablet.

Photos are stored on the survey volume under the survey they belong to and
later embedded in the written report.
"""
from pathlib import Path

import aiofiles
from fastapi import APIRouter, Depends, File, HTTPException, UploadFile

from shipwright.auth import require_surveyor
from shipwright.config import settings

router = APIRouter(prefix="/surveys", dependencies=[Depends(require_surveyor)])

ALLOWED_TYPES = {"image/jpeg", "image/png", "image/heic"}
CHUNK = 256 * 1024


def survey_dir(survey_id: int) -> Path:
    folder = Path(settings.survey_photo_root) / f"survey-{survey_id}"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@router.post("/{survey_id}/photos", status_code=201)
async def upload_photo(survey_id: int, photo: UploadFile = File(...)):
    if photo.content_type not in ALLOWED_TYPES:
        raise HTTPException(415, "Photos must be JPEG, PNG or HEIC")
    destination = survey_dir(survey_id) / photo.filename
    written = 0
    async with aiofiles.open(destination, "wb") as out:
        while chunk := await photo.read(CHUNK):
            written += len(chunk)
            if written > settings.max_photo_bytes:
                raise HTTPException(413, "Photo too large")
            await out.write(chunk)
    return {"survey_id": survey_id, "stored_as": destination.name, "bytes": written}


@router.get("/{survey_id}/photos")
async def list_photos(survey_id: int):
    folder = survey_dir(survey_id)
    return sorted(p.name for p in folder.iterdir() if p.is_file())
