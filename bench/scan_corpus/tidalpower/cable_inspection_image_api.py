"""Serve still images captured during ROV inspections of the export cable."""

from __future__ import annotations

import os
import re
from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI(title="Cable inspection stills")

IMAGE_ROOT = Path(os.environ.get("ROV_STILLS_ROOT", "/data/rov/stills"))
_SURVEY_ID = re.compile(r"^[A-Z]{3}-\d{4}-\d{2}$")
_STILL_NAME = re.compile(r"^KP\d{3}\.\d{3}_[a-z0-9]{1,16}\.(jpg|png)$")


def _validated(survey_id: str, still: str) -> tuple[str, str]:
    if not _SURVEY_ID.fullmatch(survey_id) or not _STILL_NAME.fullmatch(still):
        raise HTTPException(status_code=400, detail="malformed survey or image name")
    return survey_id, still


class StillCatalogue:
    def __init__(self, root: Path = IMAGE_ROOT) -> None:
        self.root = root

    def path(self, survey_id: str, still: str) -> Path:
        sid, name = _validated(survey_id, still)
        return self.root / sid / name

    def kilometre_points(self, survey_id: str) -> list[float]:
        sid, _ = _validated(survey_id, "KP000.000_x.jpg")
        folder = self.root / sid
        points = {float(p.name[2:9]) for p in folder.glob("KP*")} if folder.is_dir() else set()
        return sorted(points)


catalogue = StillCatalogue()


@app.get("/surveys/{survey_id}/stills/{still}")
def get_still(survey_id: str, still: str) -> FileResponse:
    path = catalogue.path(survey_id, still)
    if not path.is_file():
        raise HTTPException(status_code=404, detail="image not found")
    media = "image/png" if path.suffix == ".png" else "image/jpeg"
    return FileResponse(path, media_type=media)


@app.get("/surveys/{survey_id}/kp")
def list_kp(survey_id: str) -> dict:
    return {"survey": survey_id, "kp": catalogue.kilometre_points(survey_id)}
