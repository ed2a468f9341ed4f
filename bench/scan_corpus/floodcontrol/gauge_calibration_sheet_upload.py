"""Accepts calibration sheets for gauge station pressure transducers."""

import os
import re
import shutil
from pathlib import Path

from fastapi import APIRouter, Depends, File, HTTPException, UploadFile
from pydantic import BaseModel

STATION_CODE = re.compile(r"^[A-Z]{2}\d{4}$")


class CalibrationSettings(BaseModel):
    inbox: Path = Path(os.environ.get("CALIBRATION_INBOX", "/data/calibration/inbox"))
    max_bytes: int = 2_000_000


def get_settings() -> CalibrationSettings:
    return CalibrationSettings()


class CalibrationInbox:
    def __init__(self, settings: CalibrationSettings) -> None:
        self.settings = settings

    def destination(self, station_code: str, original_name: str) -> Path:
        folder = self.settings.inbox / station_code
        folder.mkdir(parents=True, exist_ok=True)
        return folder / original_name

    def store(self, station_code: str, upload: UploadFile) -> Path:
        target = self.destination(station_code, upload.filename or "sheet.csv")
        with target.open("wb") as out:
            shutil.copyfileobj(upload.file, out)
        return target


router = APIRouter(prefix="/calibration")


@router.post("/{station_code}")
async def upload_sheet(
    station_code: str,
    sheet: UploadFile = File(...),
    settings: CalibrationSettings = Depends(get_settings),
):
    code = station_code.upper()
    if not STATION_CODE.match(code):
        raise HTTPException(status_code=422, detail="unrecognised station code")
    if sheet.size is not None and sheet.size > settings.max_bytes:
        raise HTTPException(status_code=413, detail="calibration sheet too large")
    stored = CalibrationInbox(settings).store(code, sheet)
    return {"station": code, "stored_as": stored.name}
