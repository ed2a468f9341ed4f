"""Handouts for paddling courses: knot sheets, river-reading notes, the
one-paddle stroke guide.  Instructors upload and remove handouts from the
staff app; course participants download them after the course."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException, Query, UploadFile
from fastapi.responses import FileResponse
from pydantic_settings import BaseSettings

from .auth import require_instructor


class HandoutSettings(BaseSettings):
    handout_dir: Path = Path("/srv/coraclemaker/handouts")
    max_upload_bytes: int = 5 * 1024 * 1024

    model_config = {"env_prefix": "CORACLE_"}


@lru_cache
def get_settings() -> HandoutSettings:
    return HandoutSettings()


app = FastAPI()


def _handout_path(settings: HandoutSettings, name: str) -> Path:
    return settings.handout_dir / name


@app.get("/handouts")
def list_handouts(settings: HandoutSettings = Depends(get_settings)) -> list[str]:
    return sorted(p.name for p in settings.handout_dir.glob("*.pdf"))


@app.get("/handouts/{handout_id}")
def get_handout(handout_id: int, settings: HandoutSettings = Depends(get_settings)):
    path = settings.handout_dir / f"handout-{handout_id}.pdf"
    if not path.is_file():
        raise HTTPException(404)
    return FileResponse(path, media_type="application/pdf")


@app.delete("/handouts", dependencies=[Depends(require_instructor)])
def delete_handout(
    name: str = Query(..., min_length=1),
    settings: HandoutSettings = Depends(get_settings),
) -> dict:
    path = _handout_path(settings, name)
    if not path.is_file():
        raise HTTPException(404, "no such handout")
    path.unlink()
    return {"deleted": name}


@app.post("/handouts/{handout_id}", dependencies=[Depends(require_instructor)])
async def upload_handout(
    handout_id: int, file: UploadFile, settings: HandoutSettings = Depends(get_settings)
) -> dict:
    data = await file.read()
    if len(data) > settings.max_upload_bytes or not data.startswith(b"%PDF"):
        raise HTTPException(400, "handouts must be PDFs under 5 MB")
    path = settings.handout_dir / f"handout-{handout_id}.pdf"
    path.write_bytes(data)
    return {"stored": path.name}
