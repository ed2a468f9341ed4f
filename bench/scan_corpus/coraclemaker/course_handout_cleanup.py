"""Instructors tidy up course handouts from the staff app (FastAPI).

Handout names come from the client, so every path is resolved and checked to
be inside the handout directory before anything is read or deleted.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException, Query
from fastapi.responses import FileResponse
from pydantic_settings import BaseSettings

from .auth import require_instructor


class HandoutSettings(BaseSettings):
    handout_dir: Path = Path("/srv/coraclemaker/handouts")

    model_config = {"env_prefix": "CORACLE_"}


@lru_cache
def get_settings() -> HandoutSettings:
    return HandoutSettings()


def confined(settings: HandoutSettings, name: str) -> Path:
    root = settings.handout_dir.resolve()
    candidate = (root / name).resolve()
    if not candidate.is_relative_to(root) or candidate == root:
        raise HTTPException(400, "invalid handout name")
    return candidate


app = FastAPI(dependencies=[Depends(require_instructor)])


@app.get("/staff/handouts")
def list_handouts(settings: HandoutSettings = Depends(get_settings)) -> list[str]:
    return sorted(p.name for p in settings.handout_dir.glob("*.pdf"))


@app.get("/staff/handouts/file")
def fetch_handout(
    name: str = Query(..., min_length=1),
    settings: HandoutSettings = Depends(get_settings),
):
    path = confined(settings, name)
    if not path.is_file():
        raise HTTPException(404, "no such handout")
    return FileResponse(path, media_type="application/pdf", filename=path.name)


@app.delete("/staff/handouts")
def delete_handout(
    name: str = Query(..., min_length=1),
    settings: HandoutSettings = Depends(get_settings),
) -> dict:
    path = confined(settings, name)
    if not path.is_file():
        raise HTTPException(404, "no such handout")
    path.unlink()
    return {"deleted": path.name}
