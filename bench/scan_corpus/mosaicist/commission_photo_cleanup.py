"""Management of in-progress photos taken during commission fabrication.

Fabricators upload photos of each panel as it is set; project managers
can remove rejected shots before the gallery is shared with the client.
"""
import re
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel

from studio.auth import require_project_manager
from studio.settings import settings

router = APIRouter(prefix="/commissions/{commission_ref}/photos")

COMMISSION_REF = re.compile(r"^MC-\d{4}-\d{3,5}$")


class PhotoRemoval(BaseModel):
    photo_name: str
    reason: str | None = None


class PhotoStore:
    def __init__(self, root: Path = settings.media_root / "progress"):
        self.root = root

    def folder(self, commission_ref: str) -> Path:
        if not COMMISSION_REF.fullmatch(commission_ref):
            raise HTTPException(404, "unknown commission")
        return self.root / commission_ref

    def list(self, commission_ref: str) -> list[str]:
        folder = self.folder(commission_ref)
        return sorted(p.name for p in folder.glob("*.jpg")) if folder.exists() else []

    def remove(self, commission_ref: str, photo_name: str) -> bool:
        target = self.folder(commission_ref) / photo_name
        if not target.is_file():
            return False
        target.unlink()
        return True


store = PhotoStore()


@router.get("")
def list_photos(commission_ref: str, user=Depends(require_project_manager)):
    return {"photos": store.list(commission_ref)}


@router.post("/remove")
def remove_photo(commission_ref: str, body: PhotoRemoval, user=Depends(require_project_manager)):
    if not store.remove(commission_ref, body.photo_name):
        raise HTTPException(404, "photo not found")
    return {"removed": body.photo_name, "by": user.email}
