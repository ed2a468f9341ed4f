"""Generates reproducible synthetic climate data for dashboard tests and demos.

The storage dashboard's charts and alert thresholds are tested against
these series, so they must be identical on every run.
"""

from __future__ import annotations

import csv
import math
import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

FIXTURE_SEED = 1642


@dataclass
class FakeReading:
    sensor_id: str
    taken_at: datetime
    temperature_c: float
    relative_humidity: float


def generate_series(sensor_id: str, start: datetime, hours: int,
                    rng: random.Random | None = None) -> list[FakeReading]:
    rng = rng or random.Random(FIXTURE_SEED)
    readings = []
    for h in range(hours):
        daily = math.sin(2 * math.pi * (h % 24) / 24)
        readings.append(
            FakeReading(
                sensor_id=sensor_id,
                taken_at=start + timedelta(hours=h),
                temperature_c=round(18.0 + 1.5 * daily + rng.gauss(0, 0.2), 2),
                relative_humidity=round(50.0 - 3.0 * daily + rng.gauss(0, 0.8), 1),
            )
        )
    return readings


def inject_excursion(series: list[FakeReading], at: int, length: int, rh_jump: float) -> None:
    for r in series[at:at + length]:
        r.relative_humidity = round(r.relative_humidity + rh_jump, 1)


def write_fixture(path: Path, sensors: list[str], hours: int = 24 * 7) -> None:
    rng = random.Random(FIXTURE_SEED)
    start = datetime(2024, 1, 1)
    with path.open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["sensor_id", "taken_at", "temperature_c", "relative_humidity"])
        for sensor in sensors:
            series = generate_series(sensor, start, hours, rng)
            if sensor.endswith("-B"):
                inject_excursion(series, at=60, length=6, rh_jump=12.0)
            for r in series:
                writer.writerow([r.sensor_id, r.taken_at.isoformat(), r.temperature_c, r.relative_humidity])


if __name__ == "__main__":
    write_fixture(Path("tests/fixtures/store_climate.csv"), ["BAY1-A", "BAY1-B", "BAY2-A"])
