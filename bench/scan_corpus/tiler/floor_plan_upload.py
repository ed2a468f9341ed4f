"""Floor plan and elevation uploads from estimators.

After a survey the estimator uploads the room drawing (PDF or DXF) so the
tile calculator can work out cuts, wastage and box quantities.
"""
from pathlib import Path

import aiofiles
from fastapi import APIRouter, Depends, File, HTTPException, UploadFile

from .auth import require_staff
from .calculator import queue_takeoff

router = APIRouter(prefix="/surveys", dependencies=[Depends(require_staff)])

PLANS_DIR = Path("/srv/tiler/plans")
ALLOWED_TYPES = {"application/pdf", "image/vnd.dxf", "application/dxf", "image/png"}
MAX_BYTES = 25 * 1024 * 1024
CHUNK = 1024 * 1024


async def _save(upload: UploadFile, target: Path) -> int:
    written = 0
    async with aiofiles.open(target, "wb") as out:
        while chunk := await upload.read(CHUNK):
            written += len(chunk)
            if written > MAX_BYTES:
                raise HTTPException(status_code=413, detail="drawing too large")
            await out.write(chunk)
    return written


@router.post("/{survey_id}/plans")
async def upload_plan(survey_id: int, plan: UploadFile = File(...)):
    if plan.content_type not in ALLOWED_TYPES:
        raise HTTPException(status_code=415, detail=f"unsupported type {plan.content_type}")
    folder = PLANS_DIR / str(survey_id)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / plan.filename
    size = await _save(plan, target)
    await queue_takeoff(survey_id=survey_id, drawing=str(target))
    return {"survey_id": survey_id, "stored_as": target.name, "bytes": size}


@router.get("/{survey_id}/plans")
async def list_plans(survey_id: int):
    folder = PLANS_DIR / str(survey_id)
    if not folder.is_dir():
        return {"survey_id": survey_id, "plans": []}
    return {
        "survey_id": survey_id,
        "plans": sorted(p.name for p in folder.iterdir() if p.is_file()),
    }
