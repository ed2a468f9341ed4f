"""Serves beta photos and wall topos for routes to the member app."""
from __future__ import annotations

import mimetypes
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from climbing.auth import current_member

router = APIRouter(prefix="/routes/media", tags=["routes"])

MEDIA_SETTINGS = {
    "photo_root": Path("/srv/routes/photos"),
    "topo_root": Path("/srv/routes/topos"),
    "allowed_types": {"image/jpeg", "image/png", "image/webp"},
    "cache_seconds": 86400,
}


def _resolve_inside(root: Path, *parts: str) -> Path:
    base = root.resolve()
    candidate = base.joinpath(*parts).resolve()
    if not candidate.is_relative_to(base):
        raise HTTPException(status_code=404, detail="not found")
    return candidate


def _serve(path: Path) -> FileResponse:
    if not path.is_file():
        raise HTTPException(status_code=404, detail="not found")
    media_type, _ = mimetypes.guess_type(path.name)
    if media_type not in MEDIA_SETTINGS["allowed_types"]:
        raise HTTPException(status_code=404, detail="not found")
    return FileResponse(
        path,
        media_type=media_type,
        headers={"Cache-Control": f"private, max-age={MEDIA_SETTINGS['cache_seconds']}"},
    )


@router.get("/photo/{reset_id}/{filename}")
def route_photo(reset_id: int, filename: str, member=Depends(current_member)):
    path = _resolve_inside(MEDIA_SETTINGS["photo_root"], str(reset_id), filename)
    return _serve(path)


@router.get("/topo/{gym_code}/{wall}")
def wall_topo(gym_code: str, wall: str, member=Depends(current_member)):
    path = _resolve_inside(MEDIA_SETTINGS["topo_root"], gym_code, f"{wall}.png")
    return _serve(path)


@router.get("/photo/{reset_id}")
def list_photos(reset_id: int, member=Depends(current_member)):
    folder = _resolve_inside(MEDIA_SETTINGS["photo_root"], str(reset_id))
    if not folder.is_dir():
        raise HTTPException(status_code=404, detail="not found")
    names = sorted(
        p.name for p in folder.iterdir()
        if p.is_file() and mimetypes.guess_type(p.name)[0] in MEDIA_SETTINGS["allowed_types"]
    )
    return {"reset_id": reset_id, "photos": names}
