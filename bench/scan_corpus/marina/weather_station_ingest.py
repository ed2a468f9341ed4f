"""Ingest endpoint for push-mode weather stations on partner marinas.

Each station is provisioned with an id and an ingest key; the firmware sends
both as headers with every observation batch.
"""
from __future__ import annotations

import hashlib
import hmac
from datetime import datetime, timezone

from fastapi import APIRouter, Header, HTTPException, status
from pydantic import BaseModel, Field

from marina.weather.store import ObservationStore, StationRegistry

router = APIRouter(prefix="/ingest/weather")
registry = StationRegistry()
store = ObservationStore()


class Observation(BaseModel):
    ts: datetime
    wind_kn: float = Field(ge=0, le=150)
    gust_kn: float = Field(ge=0, le=200)
    dir_deg: int = Field(ge=0, lt=360)
    pressure_hpa: float | None = None


class Batch(BaseModel):
    observations: list[Observation] = Field(max_length=500)


def _key_matches(presented: str, stored_sha256_hex: str) -> bool:
    digest = hashlib.sha256(presented.encode()).hexdigest()
    return hmac.compare_digest(digest, stored_sha256_hex)


@router.post("/observations", status_code=status.HTTP_202_ACCEPTED)
def ingest(
    batch: Batch,
    x_station_id: str = Header(...),
    x_ingest_key: str = Header(...),
):
    station = registry.get(x_station_id)
    if station is None or not _key_matches(x_ingest_key, station.ingest_key_sha256):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown station or key")
    if station.status == "retired":
        raise HTTPException(status.HTTP_410_GONE, "station retired")
    now = datetime.now(timezone.utc)
    accepted = [o for o in batch.observations if o.ts <= now]
    store.append(station.id, accepted)
    return {"accepted": len(accepted), "rejected": len(batch.observations) - len(accepted)}
