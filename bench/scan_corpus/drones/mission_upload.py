"""Upload endpoint for QGroundControl ``.plan`` files."""
import json
import os
from pathlib import Path

import aiofiles
from fastapi import APIRouter, Depends, HTTPException, UploadFile

from .auth import Operator, require_operator

router = APIRouter(prefix="/missions", tags=["missions"])

PLAN_DIR = Path(os.environ.get("MISSION_PLAN_DIR", "/srv/gcs/plans"))
MAX_BYTES = 2 * 1024 * 1024


@router.post("/plans", status_code=201)
async def upload_plan(file: UploadFile, operator: Operator = Depends(require_operator)):
    raw = await file.read(MAX_BYTES + 1)
    if len(raw) > MAX_BYTES:
        raise HTTPException(status_code=413, detail="plan file too large")
    try:
        plan = json.loads(raw)
    except ValueError:
        raise HTTPException(status_code=422, detail="not a JSON plan file")
    if plan.get("fileType") != "Plan":
        raise HTTPException(status_code=422, detail="not a QGC plan")

    dest = PLAN_DIR / operator.team / file.filename
    dest.parent.mkdir(parents=True, exist_ok=True)
    async with aiofiles.open(dest, "wb") as fh:
        await fh.write(raw)

    items = plan.get("mission", {}).get("items", [])
    return {"stored_as": dest.name, "team": operator.team, "waypoints": len(items)}
