"""Ingest endpoint for temperature and hammer-count telemetry from forge controllers."""
import os
from datetime import datetime
from typing import List

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel

app = FastAPI(title="forge-telemetry")


class Reading(BaseModel):
    station: str
    recorded_at: datetime
    furnace_c: float
    hammer_strokes: int = 0


class Batch(BaseModel):
    batch_no: str
    readings: List[Reading]


class Settings:
    def __init__(self) -> None:
        self.ingest_token = os.environ["FORGE_INGEST_TOKEN"]
        self.max_readings = int(os.environ.get("FORGE_MAX_READINGS", "5000"))


def get_settings() -> Settings:
    return Settings()


def require_controller(
    authorization: str = Header(default=""), settings: Settings = Depends(get_settings)
) -> None:
    if authorization != f"Bearer {settings.ingest_token}":
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid controller token")


@app.post("/ingest", status_code=status.HTTP_202_ACCEPTED, dependencies=[Depends(require_controller)])
async def ingest(batch: Batch, settings: Settings = Depends(get_settings)):
    if len(batch.readings) > settings.max_readings:
        raise HTTPException(status.HTTP_413_REQUEST_ENTITY_TOO_LARGE, "too many readings")
    peaks = {}
    for r in batch.readings:
        peaks[r.station] = max(peaks.get(r.station, float("-inf")), r.furnace_c)
    await app.state.store.append(batch.batch_no, [r.model_dump() for r in batch.readings])
    return {"batch_no": batch.batch_no, "stations": len(peaks), "peak_c": peaks}
