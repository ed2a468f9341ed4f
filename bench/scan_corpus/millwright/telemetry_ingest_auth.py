"""Ingest endpoint for readings pushed by site gateways (sail RPM, wind
speed, wheel-pit water level, bearing temperature)."""
import os
from datetime import datetime
from functools import lru_cache

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel

from millwright.telemetry import store_readings

app = FastAPI(title="millwright-ingest")


class Settings(BaseModel):
    gateway_keys: tuple[str, ...]
    max_batch: int = 500


@lru_cache
def get_settings() -> Settings:
    keys = tuple(k.strip() for k in os.environ["GATEWAY_KEYS"].split(",") if k.strip())
    return Settings(gateway_keys=keys)


class Reading(BaseModel):
    sensor: str
    value: float
    taken_at: datetime


class Batch(BaseModel):
    site_code: str
    readings: list[Reading]


def require_gateway(
    x_gateway_key: str = Header(...),
    settings: Settings = Depends(get_settings),
) -> str:
    if x_gateway_key not in settings.gateway_keys:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown gateway")
    return x_gateway_key


@app.post("/v1/readings", status_code=status.HTTP_202_ACCEPTED)
async def ingest(
    batch: Batch,
    _key: str = Depends(require_gateway),
    settings: Settings = Depends(get_settings),
):
    if len(batch.readings) > settings.max_batch:
        raise HTTPException(status.HTTP_413_REQUEST_ENTITY_TOO_LARGE, "batch too large")
    accepted = await store_readings(batch.site_code, [r.model_dump() for r in batch.readings])
    return {"accepted": accepted}
