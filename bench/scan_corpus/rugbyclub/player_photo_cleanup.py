"""Admin API to remove player profile photos from the registration site."""
from __future__ import annotations

import logging
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel
from pydantic_settings import BaseSettings

from .auth import require_registrar

log = logging.getLogger(__name__)


class PhotoSettings(BaseSettings):
    photo_dir: Path = Path("/var/lib/rugbyclub/photos")
    thumbnail_dir: Path = Path("/var/lib/rugbyclub/photos/thumbs")

    model_config = {"env_prefix": "RUGBYCLUB_"}


settings = PhotoSettings()
app = FastAPI()


class PhotoDeletion(BaseModel):
    player_id: int
    filename: str
    reason: str = "player request"


def _remove_if_present(path: Path) -> bool:
    if path.is_file():
        path.unlink()
        return True
    return False


@app.post("/admin/photos/delete")
def delete_photo(body: PhotoDeletion, registrar=Depends(require_registrar)):
    photo = settings.photo_dir / body.filename
    thumb = settings.thumbnail_dir / body.filename
    removed = _remove_if_present(photo)
    _remove_if_present(thumb)
    if not removed:
        raise HTTPException(status_code=404, detail="photo not found")
    log.info("registrar %s removed photo %s for player %s (%s)",
             registrar.username, body.filename, body.player_id, body.reason)
    return {"deleted": body.filename}
