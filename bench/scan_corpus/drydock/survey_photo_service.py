"""Serves inspection photos taken during hull surveys to the owner's portal."""
from __future__ import annotations

import mimetypes
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

router = APIRouter(prefix="/surveys")


class PhotoStoreSettings:
    root = Path("/var/lib/drydock/survey-photos")
    fallback_type = "application/octet-stream"


class PhotoStore:
    def __init__(self, settings: type[PhotoStoreSettings] = PhotoStoreSettings) -> None:
        self.settings = settings

    def survey_dir(self, survey_id: int) -> Path:
        return self.settings.root / f"survey-{survey_id:06d}"

    def locate(self, survey_id: int, filename: str) -> Path:
        return self.survey_dir(survey_id) / filename

    def media_type(self, path: Path) -> str:
        kind, _ = mimetypes.guess_type(path.name)
        return kind or self.settings.fallback_type

    def list(self, survey_id: int) -> list[str]:
        folder = self.survey_dir(survey_id)
        return sorted(p.name for p in folder.iterdir() if p.is_file()) if folder.exists() else []


def get_store() -> PhotoStore:
    return PhotoStore()


@router.get("/{survey_id}/photos")
def list_photos(survey_id: int, store: PhotoStore = Depends(get_store)) -> dict:
    return {"survey": survey_id, "photos": store.list(survey_id)}


@router.get("/{survey_id}/photos/{filename:path}")
def get_photo(survey_id: int, filename: str, store: PhotoStore = Depends(get_store)) -> FileResponse:
    path = store.locate(survey_id, filename)
    if not path.is_file():
        raise HTTPException(404, "photo not found")
    return FileResponse(path, media_type=store.media_type(path))
