"""Client portal: downloads of production volumes and uploaded files."""
import os
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.responses import FileResponse

from .auth import PortalUser, current_portal_user, require_matter_access

router = APIRouter(prefix="/portal", tags=["downloads"])

EXPORT_ROOT = Path(os.environ.get("PORTAL_EXPORT_ROOT", "/srv/portal/exports")).resolve()


def _resolve_inside(base: Path, *parts: str) -> Path:
    candidate = base.joinpath(*parts).resolve()
    if not candidate.is_relative_to(base):
        raise HTTPException(status.HTTP_404_NOT_FOUND, "not found")
    return candidate


@router.get("/matters/{matter_id}/productions/{volume}/{filename}")
async def download_production_file(
    matter_id: int,
    volume: str,
    filename: str,
    user: PortalUser = Depends(current_portal_user),
):
    require_matter_access(user, matter_id, "download")
    matter_root = _resolve_inside(EXPORT_ROOT, str(matter_id))
    target = _resolve_inside(matter_root, volume, filename)
    if not target.is_file():
        raise HTTPException(status.HTTP_404_NOT_FOUND, "not found")
    return FileResponse(target, filename=target.name, media_type="application/octet-stream")


@router.get("/matters/{matter_id}/productions")
async def list_productions(matter_id: int, user: PortalUser = Depends(current_portal_user)):
    require_matter_access(user, matter_id, "download")
    matter_root = _resolve_inside(EXPORT_ROOT, str(matter_id))
    if not matter_root.is_dir():
        return {"volumes": []}
    volumes = []
    for vol in sorted(p for p in matter_root.iterdir() if p.is_dir()):
        files = sorted(f.name for f in vol.iterdir() if f.is_file())
        volumes.append({"volume": vol.name, "files": files})
    return {"volumes": volumes}
