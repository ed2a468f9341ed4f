"""Sync endpoint for the mobile app's offline mode.

When beekeepers inspect hives without signal the app queues inspection notes,
frame counts and treatments locally and uploads them as one batch later.
"""

from datetime import datetime

import jsonpickle
from fastapi import APIRouter, Depends, HTTPException, Request

from .auth import current_beekeeper
from .inspections import InspectionService

router = APIRouter(prefix="/v2/sync", tags=["sync"])

MAX_BATCH = 500


@router.post("")
async def upload_batch(
    request: Request,
    beekeeper=Depends(current_beekeeper),
    service: InspectionService = Depends(),
):
    body = (await request.body()).decode("utf-8")
    batch = jsonpickle.decode(body)

    entries = batch.get("entries", []) if isinstance(batch, dict) else []
    if len(entries) > MAX_BATCH:
        raise HTTPException(status_code=413, detail="batch too large")

    accepted, rejected = [], []
    for entry in entries:
        if entry.get("hive_id") not in beekeeper.hive_ids:
            rejected.append(entry.get("client_id"))
            continue
        await service.upsert(
            hive_id=entry["hive_id"],
            client_id=entry["client_id"],
            inspected_at=datetime.fromisoformat(entry["inspected_at"]),
            notes=entry.get("notes", ""),
            frames_brood=entry.get("frames_brood"),
        )
        accepted.append(entry["client_id"])

    return {"accepted": accepted, "rejected": rejected}
