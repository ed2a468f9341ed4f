"""Serves still frames extracted from the pen cameras.

The lice-counting team and the biologists browse frames per pen; frames
are written by the extraction job under FRAME_ROOT/pen-<n>/.
"""
from __future__ import annotations

import os
from functools import lru_cache

from fastapi import Depends, FastAPI, HTTPException, Query
from fastapi.responses import FileResponse
from pydantic_settings import BaseSettings

app = FastAPI(title="frame-browser")


class Settings(BaseSettings):
    frame_root: str = "/data/camera/frames"
    max_pen: int = 24
    cache_seconds: int = 3600


@lru_cache
def get_settings() -> Settings:
    return Settings()


def frame_location(settings: Settings, pen: int, name: str) -> str:
    return os.path.join(settings.frame_root, f"pen-{pen:02d}", name)


@app.get("/frames")
def get_frame(
    pen: int = Query(..., ge=1),
    name: str = Query(..., min_length=1, max_length=200),
    settings: Settings = Depends(get_settings),
):
    if pen > settings.max_pen:
        raise HTTPException(404, "unknown pen")
    location = frame_location(settings, pen, name)
    if not os.path.isfile(location):
        raise HTTPException(404, "frame not found")
    return FileResponse(
        location,
        media_type="image/jpeg",
        headers={"Cache-Control": f"private, max-age={settings.cache_seconds}"},
    )


@app.get("/frames/index")
def list_frames(pen: int = Query(..., ge=1), settings: Settings = Depends(get_settings)):
    folder = os.path.join(settings.frame_root, f"pen-{pen:02d}")
    if not os.path.isdir(folder):
        return {"pen": pen, "frames": []}
    return {"pen": pen, "frames": sorted(f for f in os.listdir(folder) if f.endswith(".jpg"))}
