"""Storage for event floor plans (yurt layout, dance floor, catering tent) per booking."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, UploadFile
from fastapi.responses import FileResponse

from .auth import Staff, require_staff
from .settings import get_settings

router = APIRouter(prefix="/bookings/{booking_id}/floorplans")

SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._ -]{0,120}$")
PLAN_TYPES = {".pdf", ".png", ".dxf"}


class PlanPathError(ValueError):
    pass


@dataclass
class FloorPlanFiles:
    root: Path

    def resolve(self, booking_id: int, name: str) -> Path:
        if not SAFE_NAME.match(name) or Path(name).suffix.lower() not in PLAN_TYPES:
            raise PlanPathError(name)
        base = (self.root / str(booking_id)).resolve()
        candidate = (base / name).resolve()
        if not candidate.is_relative_to(base):
            raise PlanPathError(name)
        return candidate


def get_files() -> FloorPlanFiles:
    return FloorPlanFiles(Path(get_settings().floorplan_root))


@router.put("/{name}")
async def upload(booking_id: int, name: str, file: UploadFile,
                 staff: Staff = Depends(require_staff), files: FloorPlanFiles = Depends(get_files)):
    try:
        target = files.resolve(booking_id, name)
    except PlanPathError:
        raise HTTPException(status_code=400, detail="invalid plan name")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(await file.read())
    return {"stored": target.name}


@router.get("/{name}")
def download(booking_id: int, name: str,
             staff: Staff = Depends(require_staff), files: FloorPlanFiles = Depends(get_files)):
    try:
        target = files.resolve(booking_id, name)
    except PlanPathError:
        raise HTTPException(status_code=400, detail="invalid plan name")
    if not target.is_file():
        raise HTTPException(status_code=404, detail="no such plan")
    return FileResponse(target)


@router.delete("/{name}", status_code=204)
def delete(booking_id: int, name: str,
           staff: Staff = Depends(require_staff), files: FloorPlanFiles = Depends(get_files)):
    try:
        target = files.resolve(booking_id, name)
    except PlanPathError:
        raise HTTPException(status_code=400, detail="invalid plan name")
    target.unlink(missing_ok=True)
