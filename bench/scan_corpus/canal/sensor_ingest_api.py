"""HTTP ingest endpoint for cellular water-level loggers."""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from fastapi import Depends, FastAPI, Header, HTTPException
from pydantic import BaseModel, Field


def _load_logger_keys() -> dict[str, str]:
    raw = os.environ.get("LOGGER_API_KEYS", "")
    pairs = (item.split("=", 1) for item in raw.split(",") if "=" in item)
    return {logger_id.strip(): key.strip() for logger_id, key in pairs}


@dataclass
class IngestSettings:
    logger_keys: dict[str, str] = field(default_factory=_load_logger_keys)
    max_batch: int = 288


settings = IngestSettings()
app = FastAPI(title="Water level ingest")


class Reading(BaseModel):
    ts: int
    level_mm: int = Field(ge=-5000, le=10000)


class Batch(BaseModel):
    readings: list[Reading]


def key_matches(logger_id: str, presented: str) -> bool:
    stored = settings.logger_keys.get(logger_id)
    return stored is not None and presented == stored


def authenticated_logger(
    x_logger_id: str = Header(...),
    x_api_key: str = Header(...),
) -> str:
    if not key_matches(x_logger_id, x_api_key):
        raise HTTPException(status_code=401, detail="unknown logger or key")
    return x_logger_id


@app.post("/v1/loggers/readings", status_code=202)
def ingest(batch: Batch, logger_id: str = Depends(authenticated_logger)) -> dict:
    if len(batch.readings) > settings.max_batch:
        raise HTTPException(status_code=413, detail="batch too large")
    accepted = [r for r in batch.readings if r.level_mm != -9999]
    return {"logger": logger_id, "accepted": len(accepted)}
