"""Remove rejected site survey photos.

Surveyors often take several shots of the same elevation; after review
the office discards the blurred or duplicate ones from the job folder.
"""
import logging
from pathlib import Path

from fastapi import APIRouter, HTTPException
from pydantic import BaseModel

from signwriter.config import settings

log = logging.getLogger(__name__)
router = APIRouter(prefix="/surveys")


class DiscardRequest(BaseModel):
    job_ref: str
    photos: list[str]


class SurveyPhotoStore:
    def __init__(self, root: str):
        self.root = Path(root)

    def job_dir(self, job_ref: str) -> Path:
        return self.root / job_ref / "photos"

    def discard(self, job_ref: str, photo_names: list[str]) -> list[str]:
        folder = self.job_dir(job_ref)
        removed = []
        for name in photo_names:
            target = folder / name
            if target.is_file():
                target.unlink()
                removed.append(name)
        return removed

    def remaining(self, job_ref: str) -> int:
        folder = self.job_dir(job_ref)
        return sum(1 for p in folder.iterdir() if p.is_file()) if folder.exists() else 0


store = SurveyPhotoStore(settings.SURVEY_PHOTO_ROOT)


@router.post("/photos/discard")
async def discard_photos(body: DiscardRequest) -> dict:
    if not store.job_dir(body.job_ref).exists():
        raise HTTPException(status_code=404, detail="Unknown survey")
    removed = store.discard(body.job_ref, body.photos)
    log.info("discarded %d survey photos from %s", len(removed), body.job_ref)
    return {"removed": removed, "remaining": store.remaining(body.job_ref)}
