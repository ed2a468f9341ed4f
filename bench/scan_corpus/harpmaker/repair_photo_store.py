"""Photos attached to repair tickets (cracked soundboards, pulled bridges, lever wear)."""
from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, UploadFile
from fastapi.responses import FileResponse

log = logging.getLogger("harpmaker.repair_photos")

router = APIRouter(prefix="/repairs/{ticket_id}/photos")

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".heic"}


@dataclass
class PhotoStore:
    root: Path

    def _ticket_dir(self, ticket_id: int) -> Path:
        folder = self.root / f"ticket-{ticket_id}"
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def save(self, ticket_id: int, upload: UploadFile) -> str:
        suffix = Path(upload.filename or "").suffix.lower()
        if suffix not in IMAGE_SUFFIXES:
            raise ValueError("unsupported image type")
        name = f"{secrets.token_hex(8)}{suffix}"
        with open(self._ticket_dir(ticket_id) / name, "wb") as fh:
            while chunk := upload.file.read(1 << 16):
                fh.write(chunk)
        return name

    def list(self, ticket_id: int) -> list[str]:
        return sorted(p.name for p in self._ticket_dir(ticket_id).iterdir() if p.is_file())

    def path_for(self, ticket_id: int, name: str) -> Path:
        return self._ticket_dir(ticket_id) / name

    def delete(self, ticket_id: int, name: str) -> bool:
        target = self.path_for(ticket_id, name)
        if not target.is_file():
            return False
        target.unlink()
        log.info("deleted photo %s from ticket %s", name, ticket_id)
        return True


def get_store() -> PhotoStore:
    from .settings import settings

    return PhotoStore(root=Path(settings.repair_photo_root))


@router.post("")
async def upload_photo(ticket_id: int, file: UploadFile, store: PhotoStore = Depends(get_store)):
    try:
        name = store.save(ticket_id, file)
    except ValueError as exc:
        raise HTTPException(status_code=415, detail=str(exc))
    return {"name": name}


@router.get("")
def list_photos(ticket_id: int, store: PhotoStore = Depends(get_store)):
    return store.list(ticket_id)


@router.get("/{name}")
def get_photo(ticket_id: int, name: str, store: PhotoStore = Depends(get_store)):
    path = store.path_for(ticket_id, Path(name).name)
    if not path.is_file():
        raise HTTPException(status_code=404)
    return FileResponse(path)


@router.delete("/{name:path}")
def delete_photo(ticket_id: int, name: str, store: PhotoStore = Depends(get_store)):
    if not store.delete(ticket_id, name):
        raise HTTPException(status_code=404)
    return {"deleted": name}
