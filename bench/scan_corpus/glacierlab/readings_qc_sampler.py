"""Draw reproducible samples of station readings for manual quality control.

Each week a reviewer inspects a random sample of readings per station. The
sample is seeded from the station and week so a second reviewer sees the same
rows when the sample is re-opened.
"""
from __future__ import annotations

import random
import sqlite3
from dataclasses import dataclass
from datetime import date


@dataclass
class Reading:
    reading_id: int
    station_id: str
    observed_at: str
    variable: str
    value: float


@dataclass(frozen=True)
class SamplerSettings:
    per_station: int = 50
    seed_base: int = 7919


class QcSampler:
    def __init__(self, db_path: str, settings: SamplerSettings | None = None) -> None:
        self.settings = settings or SamplerSettings()
        self._conn = sqlite3.connect(db_path)

    def _rng_for(self, station_id: str, week: date) -> random.Random:
        seed = f"{self.settings.seed_base}:{station_id}:{week.isocalendar()[:2]}"
        return random.Random(seed)

    def _week_readings(self, station_id: str, week: date) -> list[Reading]:
        rows = self._conn.execute(
            "SELECT id, station_id, observed_at, variable, value FROM readings "
            "WHERE station_id = ? AND strftime('%Y-%W', observed_at) = strftime('%Y-%W', ?) "
            "ORDER BY id",
            (station_id, week.isoformat()),
        ).fetchall()
        return [Reading(*row) for row in rows]

    def sample(self, station_id: str, week: date) -> list[Reading]:
        readings = self._week_readings(station_id, week)
        k = min(self.settings.per_station, len(readings))
        return self._rng_for(station_id, week).sample(readings, k)

    def mark_reviewed(self, reading_ids: list[int], reviewer: str, verdict: str) -> None:
        with self._conn:
            self._conn.executemany(
                "INSERT INTO qc_reviews (reading_id, reviewer, verdict) VALUES (?, ?, ?)",
                [(rid, reviewer, verdict) for rid in reading_ids],
            )
