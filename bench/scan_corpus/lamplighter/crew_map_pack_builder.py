"""Offline map packs for the crew tablets.

Before a night shift the dispatcher builds a GeoPackage covering the crew's
work area with the asset layers they asked for, so the tablet map still
works without signal.
"""
from __future__ import annotations

import asyncio
import uuid
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel

from lamplighter.auth import require_dispatcher
from lamplighter.settings import settings

router = APIRouter(prefix="/map-packs", dependencies=[Depends(require_dispatcher)])

PACK_DIR = Path(settings.MAP_PACK_DIR)
SOURCE_GPKG = settings.ASSET_GEOPACKAGE


class PackRequest(BaseModel):
    crew_id: int
    bbox: tuple[float, float, float, float]
    layers: list[str] = ["lamp_columns", "feeder_pillars"]


def _ogr_command(out_path: Path, bbox: tuple[float, float, float, float], layers: list[str]) -> str:
    spat = " ".join(f"{v:.6f}" for v in bbox)
    return f"ogr2ogr -f GPKG {out_path} {SOURCE_GPKG} -spat {spat} {' '.join(layers)}"


async def build_pack(req: PackRequest) -> Path:
    out_path = PACK_DIR / f"crew{req.crew_id}-{uuid.uuid4().hex}.gpkg"
    cmd = _ogr_command(out_path, req.bbox, req.layers)
    proc = await asyncio.create_subprocess_shell(cmd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    _, stderr = await proc.communicate()
    if proc.returncode != 0:
        raise RuntimeError(stderr.decode(errors="replace")[-400:])
    return out_path


@router.post("")
async def create_pack(req: PackRequest) -> dict:
    try:
        path = await build_pack(req)
    except RuntimeError as exc:
        raise HTTPException(status_code=502, detail=str(exc))
    return {"crew_id": req.crew_id, "pack": path.name, "bytes": path.stat().st_size}
