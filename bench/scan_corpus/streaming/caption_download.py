"""Download endpoint for caption tracks (VTT/SRT) in the creator studio."""
from __future__ import annotations

import os
from pathlib import Path

from fastapi import APIRouter, HTTPException
from fastapi.responses import FileResponse

router = APIRouter()

CAPTIONS_ROOT = Path(os.environ.get("CAPTIONS_ROOT", "/srv/media/captions")).resolve()
MEDIA_TYPES = {".vtt": "text/vtt", ".srt": "application/x-subrip"}


def resolve_caption(video_id: str, filename: str) -> Path:
    candidate = (CAPTIONS_ROOT / video_id / filename).resolve()
    if not candidate.is_relative_to(CAPTIONS_ROOT):
        raise HTTPException(status_code=400, detail="invalid caption path")
    if candidate.suffix not in MEDIA_TYPES or not candidate.is_file():
        raise HTTPException(status_code=404, detail="caption not found")
    return candidate


@router.get("/studio/videos/{video_id}/captions/{filename}")
def download_caption(video_id: str, filename: str) -> FileResponse:
    path = resolve_caption(video_id, filename)
    return FileResponse(path, media_type=MEDIA_TYPES[path.suffix], filename=path.name)
