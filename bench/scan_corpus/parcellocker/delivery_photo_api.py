"""Proof-of-delivery photo retrieval for the customer support dashboard."""
from __future__ import annotations

from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException
from fastapi.responses import FileResponse
from pydantic_settings import BaseSettings

from .auth import require_support_agent


class PhotoSettings(BaseSettings):
    photo_root: Path = Path("/data/pod-photos")
    default_ext: str = ".jpg"


settings = PhotoSettings()
app = FastAPI()


class PhotoLocator:
    def __init__(self, root: Path, ext: str) -> None:
        self.root = root
        self.ext = ext

    def locate(self, locker_id: str, photo_name: str) -> Path:
        name = photo_name if Path(photo_name).suffix else photo_name + self.ext
        return self.root / locker_id / name


locator = PhotoLocator(settings.photo_root, settings.default_ext)


@app.get("/lockers/{locker_id}/photos/{photo_name:path}")
def get_photo(locker_id: str, photo_name: str, agent=Depends(require_support_agent)):
    if not locker_id.isalnum():
        raise HTTPException(status_code=400, detail="invalid locker id")
    target = locator.locate(locker_id, photo_name)
    if not target.is_file():
        raise HTTPException(status_code=404, detail="photo not found")
    return FileResponse(target, media_type="image/jpeg")
