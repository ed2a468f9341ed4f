"""Ingest endpoint that cave gateways call to upload ripening sensor readings."""
from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import Depends, FastAPI, Header, HTTPException
from pydantic import BaseModel, Field

from cheesewright.settings import get_settings
from cheesewright.storage import ReadingStore

app = FastAPI(title="Cave sensor ingest")


class Reading(BaseModel):
    probe_serial: str
    cave_id: str
    taken_at: datetime
    temperature_c: float = Field(ge=-5, le=30)
    relative_humidity: float = Field(ge=0, le=100)


class ReadingBatch(BaseModel):
    gateway_id: str
    readings: list[Reading]


async def require_gateway_key(x_gateway_key: Annotated[str, Header()]) -> str:
    settings = get_settings()
    accepted = [key.strip() for key in settings.gateway_keys.split(",") if key.strip()]
    if x_gateway_key not in accepted:
        raise HTTPException(status_code=401, detail="unknown gateway")
    return x_gateway_key


@app.post("/v1/readings", status_code=202)
async def ingest(batch: ReadingBatch, _key: str = Depends(require_gateway_key)):
    store = ReadingStore()
    out_of_range = []
    for reading in batch.readings:
        await store.append(batch.gateway_id, reading.model_dump())
        if not 8.0 <= reading.temperature_c <= 14.0 or reading.relative_humidity < 85:
            out_of_range.append(reading.probe_serial)
    return {"accepted": len(batch.readings), "alerts": out_of_range}
