"""Admin API to remove kit-room and player photos from the registration site."""
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

    model_config = {"env_prefix": "RUGBYCLUB_"}


settings = PhotoSettings()
app = FastAPI()


class PhotoRemoval(BaseModel):
    player_id: int
    filename: str
    reason: str = "player request"


def confined_path(root: Path, name: str) -> Path:
    base = root.resolve()
    candidate = (base / name).resolve()
    if not candidate.is_relative_to(base) or candidate == base:
        raise HTTPException(status_code=400, detail="invalid file name")
    return candidate


@app.post("/admin/photos/remove")
def remove_photo(body: PhotoRemoval, registrar=Depends(require_registrar)):
    photo = confined_path(settings.photo_dir, body.filename)
    if not photo.is_file():
        raise HTTPException(status_code=404, detail="photo not found")
    photo.unlink()
    log.info("registrar %s removed photo %s for player %s (%s)",
             registrar.username, photo.name, body.player_id, body.reason)
    return {"deleted": photo.name}
