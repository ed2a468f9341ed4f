"""Serve generated offer letters to the candidate they were issued to."""

from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from .auth import current_candidate
from .settings import settings

router = APIRouter(prefix="/me/offers", tags=["offers"])

OFFER_ROOT = Path(settings.offer_storage_dir).resolve()


def resolve_offer_path(candidate_id: int, filename: str) -> Path:
    base = (OFFER_ROOT / str(candidate_id)).resolve()
    target = (base / filename).resolve()
    if not target.is_relative_to(base) or not target.is_file():
        raise HTTPException(status_code=404, detail="offer not found")
    return target


@router.get("")
def list_offers(candidate=Depends(current_candidate)):
    base = OFFER_ROOT / str(candidate.id)
    files = sorted(p.name for p in base.glob("*.pdf")) if base.is_dir() else []
    return {"offers": files}


@router.get("/{filename}")
def download_offer(filename: str, candidate=Depends(current_candidate)):
    path = resolve_offer_path(candidate.id, filename)
    return FileResponse(path, media_type="application/pdf", filename=path.name)
