"""Upload endpoint for field survey photos from the seagrass and reef monitoring teams."""
import os
import shutil
from datetime import date

from fastapi import APIRouter, Depends, File, Form, HTTPException, UploadFile

from research.auth import require_staff
from research.settings import get_settings

router = APIRouter()

ALLOWED_TYPES = {"image/jpeg", "image/png", "image/tiff"}


def survey_dir(survey_code: str, day: date) -> str:
    base = get_settings().survey_photo_dir
    folder = os.path.join(base, day.strftime("%Y"), survey_code.upper())
    os.makedirs(folder, exist_ok=True)
    return folder


@router.post("/surveys/{survey_code}/photos", dependencies=[Depends(require_staff)])
async def upload_photo(
    survey_code: str,
    taken_on: date = Form(...),
    photo: UploadFile = File(...),
):
    if not survey_code.isalnum():
        raise HTTPException(status_code=400, detail="bad survey code")
    if photo.content_type not in ALLOWED_TYPES:
        raise HTTPException(status_code=415, detail="unsupported image type")

    dest = os.path.join(survey_dir(survey_code, taken_on), photo.filename)
    with open(dest, "wb") as out:
        shutil.copyfileobj(photo.file, out)
    return {"stored": os.path.basename(dest), "survey": survey_code.upper()}
