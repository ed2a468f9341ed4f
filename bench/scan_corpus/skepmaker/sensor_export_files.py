"""Serving generated CSV exports of hive-weight data to apiary owners."""
import os

import aiofiles
from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import Response

from skepmaker.auth import current_member
from skepmaker.config import settings

router = APIRouter(prefix="/sensors/exports")
EXPORT_CONFIG = {
    "root": settings.SENSOR_EXPORT_DIR,
    "suffix": ".csv",
    "media_type": "text/csv",
}


def export_location(member_id: int, export_name: str, config: dict = EXPORT_CONFIG) -> str:
    folder = os.path.join(config["root"], str(member_id))
    if not export_name.endswith(config["suffix"]):
        export_name += config["suffix"]
    return os.path.join(folder, export_name)


@router.get("")
async def list_exports(member=Depends(current_member)):
    folder = os.path.join(EXPORT_CONFIG["root"], str(member.id))
    if not os.path.isdir(folder):
        return {"exports": []}
    return {"exports": sorted(os.listdir(folder))}


@router.get("/{export_name:path}")
async def fetch_export(export_name: str, member=Depends(current_member)):
    location = export_location(member.id, export_name)
    try:
        async with aiofiles.open(location, "rb") as handle:
            data = await handle.read()
    except FileNotFoundError:
        raise HTTPException(status_code=404, detail="export not found")
    filename = os.path.basename(location)
    return Response(
        content=data,
        media_type=EXPORT_CONFIG["media_type"],
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
