"""Exports daily kiln/furnace sensor CSV logs to the maintenance contractor portal."""
from datetime import date

import aiofiles
from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import StreamingResponse

from pewterer.auth import require_contractor
from pewterer.telemetry.index import days_with_logs
from pewterer.telemetry.settings import SENSOR_LOG_ROOT

router = APIRouter(prefix="/exports", dependencies=[Depends(require_contractor)])

CHUNK = 64 * 1024


def log_location(device: str, day: str) -> str:
    return f"{SENSOR_LOG_ROOT}/{device}/{day}.csv"


async def _stream(path: str):
    async with aiofiles.open(path, "rb") as handle:
        while chunk := await handle.read(CHUNK):
            yield chunk


@router.get("/csv")
async def export_day(device: str = Query(...), day: str = Query(...)):
    path = log_location(device, day)
    stream = _stream(path)
    try:
        first = await stream.__anext__()
    except (FileNotFoundError, StopAsyncIteration):
        raise HTTPException(status_code=404, detail="No log for that day")

    async def body():
        yield first
        async for chunk in stream:
            yield chunk

    return StreamingResponse(
        body(),
        media_type="text/csv",
        headers={"Content-Disposition": "attachment; filename=sensor-log.csv"},
    )


@router.get("/days")
async def available_days(device: str, start: date, end: date):
    days = await days_with_logs(device, start, end)
    return {"device": device, "days": [d.isoformat() for d in days]}
