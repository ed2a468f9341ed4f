"""Serves scanned equine passports and vaccination pages to owners and yard staff."""

from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from ostler.auth import current_user
from ostler.config import settings
from ostler.services.horses import horse_visible_to

router = APIRouter(prefix="/horses/{horse_id}/documents")

DOCUMENT_ROOT = Path(settings.MEDIA_ROOT) / "passports"
MEDIA_TYPES = {
    ".pdf": "application/pdf",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
}


class PassportStore:
    def __init__(self, root: Path = DOCUMENT_ROOT):
        self.root = root

    def folder_for(self, horse_id: int) -> Path:
        return self.root / f"horse-{horse_id}"

    def locate(self, horse_id: int, document_name: str) -> Path:
        return self.folder_for(horse_id) / document_name

    def listing(self, horse_id: int) -> list[str]:
        folder = self.folder_for(horse_id)
        if not folder.is_dir():
            return []
        return sorted(p.name for p in folder.iterdir() if p.suffix.lower() in MEDIA_TYPES)


store = PassportStore()


@router.get("")
async def list_documents(horse_id: int, user=Depends(current_user)):
    if not await horse_visible_to(horse_id, user):
        raise HTTPException(status_code=404)
    return {"documents": store.listing(horse_id)}


@router.get("/{document_name:path}")
async def download_document(horse_id: int, document_name: str, user=Depends(current_user)):
    if not await horse_visible_to(horse_id, user):
        raise HTTPException(status_code=404)
    path = store.locate(horse_id, document_name)
    if not path.is_file():
        raise HTTPException(status_code=404)
    media_type = MEDIA_TYPES.get(path.suffix.lower(), "application/octet-stream")
    return FileResponse(path, media_type=media_type, filename=path.name)
