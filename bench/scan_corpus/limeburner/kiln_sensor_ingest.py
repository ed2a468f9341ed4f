"""Ingest endpoint for kiln thermocouple readings.

Each shaft kiln has a small controller that posts zone temperatures and
draw times every minute during a burn. Readings feed the firing log and the
alarms for under-burnt or over-burnt quicklime.
"""

import os
from datetime import datetime

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel, Field

from limeworks.firing import record_readings


class IngestSettings:
    def __init__(self) -> None:
        raw = os.environ.get("KILN_CONTROLLER_KEYS", "")
        self.controller_keys = tuple(k.strip() for k in raw.split(",") if k.strip())


settings = IngestSettings()
app = FastAPI(title="Kiln ingest")


class ZoneReading(BaseModel):
    zone: str
    temp_c: float = Field(ge=0, le=1600)


class ReadingBatch(BaseModel):
    kiln_code: str
    taken_at: datetime
    readings: list[ZoneReading]
    draw_count: int | None = None


def require_controller_key(x_controller_key: str = Header(default="")) -> str:
    if x_controller_key not in settings.controller_keys:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="unknown controller")
    return x_controller_key


@app.post("/ingest/readings", status_code=status.HTTP_202_ACCEPTED)
async def ingest_readings(batch: ReadingBatch, _key: str = Depends(require_controller_key)):
    hottest = max((r.temp_c for r in batch.readings), default=None)
    await record_readings(
        kiln_code=batch.kiln_code,
        taken_at=batch.taken_at,
        readings=[(r.zone, r.temp_c) for r in batch.readings],
        draw_count=batch.draw_count,
    )
    return {"kiln": batch.kiln_code, "zones": len(batch.readings), "peak_c": hottest}
