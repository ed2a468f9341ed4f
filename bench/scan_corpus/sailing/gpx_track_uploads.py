"""FastAPI endpoints where skippers upload the GPX tracks recorded during a charter."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import gpxpy
from fastapi import APIRouter, Depends, File, HTTPException, UploadFile

from .security import current_skipper

router = APIRouter(prefix="/charters/{charter_id}/tracks", tags=["tracks"])

TRACK_ROOT = Path("/srv/charter-data/tracks")
MAX_BYTES = 5 * 1024 * 1024


def _charter_dir(charter_id: int) -> Path:
    folder = TRACK_ROOT / f"charter-{charter_id:06d}"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _summarise(raw: bytes) -> dict:
    gpx = gpxpy.parse(raw.decode("utf-8"))
    distance_m = gpx.length_2d() or 0.0
    bounds = gpx.get_time_bounds()
    return {
        "distance_nm": round(distance_m / 1852.0, 2),
        "started": bounds.start_time.isoformat() if bounds.start_time else None,
        "ended": bounds.end_time.isoformat() if bounds.end_time else None,
    }


@router.post("")
async def upload_track(
    charter_id: int,
    track: UploadFile = File(...),
    skipper=Depends(current_skipper),
):
    if charter_id not in skipper.charter_ids:
        raise HTTPException(status_code=404, detail="charter not found")
    raw = await track.read(MAX_BYTES + 1)
    if len(raw) > MAX_BYTES:
        raise HTTPException(status_code=413, detail="track too large")
    try:
        summary = _summarise(raw)
    except (UnicodeDecodeError, gpxpy.gpx.GPXException):
        raise HTTPException(status_code=422, detail="not a GPX file")

    destination = _charter_dir(charter_id) / track.filename
    destination.write_bytes(raw)
    return {
        "stored_as": destination.name,
        "uploaded_at": datetime.now(timezone.utc).isoformat(),
        **summary,
    }
