"""Serves exported map files (PNG, PGM, YAML) to the console and to robots."""
import re
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from .auth import require_operator
from .settings import settings

router = APIRouter(prefix="/api/maps", dependencies=[Depends(require_operator)])

SITE_RE = re.compile(r"^[a-z0-9-]{2,32}$")


def _resolve_map_file(site_id: str, filename: str) -> Path:
    if not SITE_RE.match(site_id):
        raise HTTPException(status_code=400, detail="bad site id")
    base = (Path(settings.map_export_root) / site_id).resolve()
    target = (base / filename).resolve()
    if not target.is_relative_to(base) or not target.is_file():
        raise HTTPException(status_code=404, detail="map file not found")
    return target


@router.get("/{site_id}/{filename}")
def download_map_file(site_id: str, filename: str):
    path = _resolve_map_file(site_id, filename)
    return FileResponse(path, filename=path.name)
