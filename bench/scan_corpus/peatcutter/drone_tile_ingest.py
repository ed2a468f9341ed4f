"""Ingest endpoint for drone imagery tiles.

Survey pilots upload GeoTIFF tiles for a site straight from the ground
station laptop. Tiles land in the site's incoming folder, where the nightly
mosaic job picks them up.
"""

import os
import shutil
from pathlib import Path

from fastapi import APIRouter, Depends, File, HTTPException, Path as PathParam, UploadFile

from peatcutter.auth import current_pilot

router = APIRouter(prefix="/imagery")

TILE_ROOT = Path(os.environ.get("TILE_INCOMING_ROOT", "/data/imagery/incoming"))
ALLOWED_SUFFIXES = {".tif", ".tiff"}
SITE_CODE_PATTERN = r"^[A-Z]{2}[0-9]{3}$"


def incoming_dir(site_code: str) -> Path:
    directory = TILE_ROOT / site_code
    directory.mkdir(parents=True, exist_ok=True)
    return directory


@router.post("/sites/{site_code}/tiles")
async def upload_tile(
    site_code: str = PathParam(..., pattern=SITE_CODE_PATTERN),
    tile: UploadFile = File(...),
    pilot_id: str = Depends(current_pilot),
):
    filename = tile.filename or ""
    if Path(filename).suffix.lower() not in ALLOWED_SUFFIXES:
        raise HTTPException(status_code=415, detail="Only GeoTIFF tiles are accepted")
    dest = incoming_dir(site_code) / filename
    with dest.open("wb") as out:
        shutil.copyfileobj(tile.file, out)
    return {"site": site_code, "stored": dest.name, "bytes": dest.stat().st_size, "pilot": pilot_id}
