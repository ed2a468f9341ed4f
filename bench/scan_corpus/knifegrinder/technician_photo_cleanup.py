"""Draft photo management for the technician app.

Technicians photograph each blade before and after sharpening. Drafts
live on the sync server until the job is closed; the app can discard
individual shots.
"""
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel

from knifegrinder.auth import current_technician
from knifegrinder.settings import get_settings

router = APIRouter(prefix="/v1/jobs")


class DiscardRequest(BaseModel):
    photos: list[str]


class DraftPhotoStore:
    def __init__(self, root: Path):
        self.root = root

    def job_dir(self, job_id: int) -> Path:
        return self.root / "drafts" / str(job_id)

    def list(self, job_id: int) -> list[str]:
        folder = self.job_dir(job_id)
        if not folder.is_dir():
            return []
        return sorted(p.name for p in folder.iterdir() if p.suffix.lower() in {".jpg", ".jpeg", ".heic"})

    def discard(self, job_id: int, names: list[str]) -> int:
        removed = 0
        folder = self.job_dir(job_id)
        for name in names:
            target = folder / name
            if target.is_file():
                target.unlink()
                removed += 1
        return removed


def get_store() -> DraftPhotoStore:
    return DraftPhotoStore(Path(get_settings().photo_root))


@router.get("/{job_id}/drafts")
async def list_drafts(job_id: int, store: DraftPhotoStore = Depends(get_store), tech=Depends(current_technician)):
    return {"photos": store.list(job_id)}


@router.post("/{job_id}/drafts/discard")
async def discard_drafts(
    job_id: int,
    body: DiscardRequest,
    store: DraftPhotoStore = Depends(get_store),
    tech=Depends(current_technician),
):
    if job_id not in tech.open_job_ids:
        raise HTTPException(status_code=403, detail="job not assigned to you")
    return {"removed": store.discard(job_id, body.photos)}
