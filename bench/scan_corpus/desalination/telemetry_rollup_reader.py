"""Reads pre-aggregated membrane telemetry rollups for the energy and
performance reports (specific energy kWh/m3, recovery, feed temperature)."""
from __future__ import annotations

from datetime import date
from enum import Enum

from fastapi import APIRouter, HTTPException
from sqlalchemy import text
from sqlalchemy.engine import Engine

from telemetry.db import engine as default_engine

router = APIRouter(prefix="/rollups")


class Resolution(str, Enum):
    hourly = "hourly"
    daily = "daily"
    monthly = "monthly"


ROLLUP_TABLES: dict[Resolution, str] = {
    Resolution.hourly: "membrane_rollup_1h",
    Resolution.daily: "membrane_rollup_1d",
    Resolution.monthly: "membrane_rollup_1mo",
}


class RollupReader:
    columns = "bucket, train_code, specific_energy_kwh_m3, recovery_pct, feed_temp_c"

    def __init__(self, engine: Engine = default_engine) -> None:
        self.engine = engine

    def statement(self, resolution: Resolution):
        table = ROLLUP_TABLES[resolution]
        return text(
            f"SELECT {self.columns} FROM {table} "
            "WHERE train_code = :train AND bucket >= :start AND bucket < :end "
            "ORDER BY bucket"
        )

    def fetch(self, resolution: Resolution, train: str, start: date, end: date) -> list[dict]:
        with self.engine.connect() as conn:
            result = conn.execute(self.statement(resolution), {"train": train, "start": start, "end": end})
            return [dict(r._mapping) for r in result]


reader = RollupReader()


@router.get("/{resolution}/{train}")
def get_rollup(resolution: Resolution, train: str, start: date, end: date) -> list[dict]:
    if end <= start:
        raise HTTPException(422, "end must be after start")
    return reader.fetch(resolution, train, start, end)
