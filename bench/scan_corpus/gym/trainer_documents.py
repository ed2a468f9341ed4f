"""Personal-trainer marketplace: insurance and ID documents for review."""
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from .auth import current_staff
from .config import settings

router = APIRouter(prefix="/marketplace")


def _documents_root(trainer_id: int) -> Path:
    return (Path(settings.media_root) / "trainer-docs" / str(trainer_id)).resolve()


def resolve_document(trainer_id: int, name: str) -> Path:
    root = _documents_root(trainer_id)
    candidate = root.joinpath(name).resolve()
    if not candidate.is_relative_to(root):
        raise HTTPException(status_code=404)
    if not candidate.is_file():
        raise HTTPException(status_code=404)
    return candidate


@router.get("/trainers/{trainer_id}/documents/{name:path}")
async def download_document(trainer_id: int, name: str, staff=Depends(current_staff)):
    if not staff.can_review_trainers:
        raise HTTPException(status_code=403)
    path = resolve_document(trainer_id, name)
    return FileResponse(path, filename=path.name)


@router.get("/trainers/{trainer_id}/documents")
async def list_documents(trainer_id: int, staff=Depends(current_staff)):
    if not staff.can_review_trainers:
        raise HTTPException(status_code=403)
    root = _documents_root(trainer_id)
    if not root.is_dir():
        return []
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())
