"""Ingest endpoint for refractometer moisture readings from the QC lab.

Bench instruments push readings with an API key issued by the plant IT team.
"""
from __future__ import annotations

import os
from datetime import datetime
from functools import lru_cache

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel, Field

from .lims import save_moisture_reading

app = FastAPI(title="QC lab ingest")


class LabSettings:
    def __init__(self) -> None:
        self._env = os.environ

    @property
    def ingest_key(self) -> str:
        return self._env["LAB_INGEST_API_KEY"]

    @property
    def max_moisture_pct(self) -> float:
        return float(self._env.get("LAB_MAX_MOISTURE_PCT", "20.0"))


@lru_cache
def get_settings() -> LabSettings:
    return LabSettings()


class MoistureReading(BaseModel):
    batch_code: str = Field(min_length=4, max_length=32)
    instrument_id: str
    moisture_pct: float = Field(ge=10.0, le=30.0)
    temperature_c: float
    measured_at: datetime


def require_lab_key(
    x_api_key: str = Header(default=""),
    settings: LabSettings = Depends(get_settings),
) -> str:
    if x_api_key != settings.ingest_key:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid API key")
    return x_api_key


@app.post("/readings", status_code=201)
def ingest_reading(
    reading: MoistureReading,
    _: str = Depends(require_lab_key),
    settings: LabSettings = Depends(get_settings),
) -> dict:
    passed = reading.moisture_pct <= settings.max_moisture_pct
    reading_id = save_moisture_reading(
        batch_code=reading.batch_code,
        instrument_id=reading.instrument_id,
        moisture_pct=reading.moisture_pct,
        temperature_c=reading.temperature_c,
        measured_at=reading.measured_at,
        passed=passed,
    )
    return {"id": reading_id, "passed": passed}
