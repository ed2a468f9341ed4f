"""Endpoint for uploading custom pulse schedules built with the Python SDK.

The SDK serializes ``PulseSchedule`` objects client-side and the API stores
them for later use in calibration experiments.
"""
import pickle
import uuid

from fastapi import APIRouter, Depends, File, HTTPException, UploadFile

from .auth import current_user
from .storage import schedule_store

router = APIRouter(prefix="/v1/pulse-schedules", tags=["pulse"])

MAX_UPLOAD = 5 * 1024 * 1024


@router.post("")
async def upload_schedule(file: UploadFile = File(...), user=Depends(current_user)):
    raw = await file.read()
    if len(raw) > MAX_UPLOAD:
        raise HTTPException(status_code=413, detail="schedule too large")
    schedule = pickle.loads(raw)
    if not hasattr(schedule, "instructions"):
        raise HTTPException(status_code=422, detail="not a pulse schedule")
    schedule_id = str(uuid.uuid4())
    await schedule_store.put(user.id, schedule_id, schedule)
    return {"id": schedule_id, "duration": schedule.duration, "channels": sorted(schedule.channels)}
