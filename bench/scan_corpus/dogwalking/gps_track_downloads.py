"""Download endpoint for exported GPS tracks (GPX/GeoJSON) of a client's walks."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from .auth import current_client
from .models import Client
from .settings import settings

router = APIRouter(prefix="/tracks")

MEDIA_TYPES = {".gpx": "application/gpx+xml", ".geojson": "application/geo+json"}


def _client_root(client_id: int) -> Path:
    return (Path(settings.track_export_dir) / f"client_{client_id}").resolve()


def _safe_track_path(client_id: int, requested: str) -> Path:
    root = _client_root(client_id)
    candidate = (root / requested).resolve()
    if not candidate.is_relative_to(root):
        raise HTTPException(status_code=404)
    if candidate.suffix not in MEDIA_TYPES or not candidate.is_file():
        raise HTTPException(status_code=404)
    return candidate


@router.get("")
def list_tracks(client: Client = Depends(current_client)) -> dict:
    root = _client_root(client.id)
    if not root.is_dir():
        return {"tracks": []}
    files = [p.relative_to(root).as_posix() for p in root.rglob("*") if p.suffix in MEDIA_TYPES]
    return {"tracks": sorted(files)}


@router.get("/{requested:path}")
def download_track(requested: str, client: Client = Depends(current_client)) -> FileResponse:
    path = _safe_track_path(client.id, requested)
    return FileResponse(path, media_type=MEDIA_TYPES[path.suffix], filename=path.name)
