"""Photo uploads for the café menu board shown on the poolside screens."""

from __future__ import annotations

import shutil
from pathlib import Path

from fastapi import APIRouter, Depends, File, HTTPException, UploadFile

from .deps import require_cafe_manager
from .settings import settings

router = APIRouter(prefix="/cafe/menu-images")

ALLOWED_TYPES = {"image/jpeg", "image/png", "image/webp"}
MAX_BYTES = 5 * 1024 * 1024


class MenuImageStore:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.root.mkdir(parents=True, exist_ok=True)

    def target(self, filename: str) -> Path:
        return self.root / filename

    def save(self, upload: UploadFile) -> Path:
        dest = self.target(upload.filename)
        with dest.open("wb") as fh:
            shutil.copyfileobj(upload.file, fh)
        return dest


def get_store() -> MenuImageStore:
    return MenuImageStore(Path(settings.menu_image_dir))


@router.post("/", dependencies=[Depends(require_cafe_manager)])
async def upload_menu_image(
    image: UploadFile = File(...), store: MenuImageStore = Depends(get_store)
):
    if image.content_type not in ALLOWED_TYPES:
        raise HTTPException(status_code=415, detail="unsupported image type")
    if image.size is not None and image.size > MAX_BYTES:
        raise HTTPException(status_code=413, detail="image too large")
    saved = store.save(image)
    return {"stored": saved.name}


@router.get("/")
def list_menu_images(store: MenuImageStore = Depends(get_store)):
    return sorted(p.name for p in store.root.iterdir() if p.is_file())
