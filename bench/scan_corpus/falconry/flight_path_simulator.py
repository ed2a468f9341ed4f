"""Generates synthetic telemetry tracks for demos and integration tests.

The volunteer training course and the map front-end tests need realistic
looking flights without exposing where real birds hunt, so tracks are
simulated around the flying ground. Runs must be repeatable, so the
generator is seeded.
"""
from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

FLYING_GROUND = (52.0612, -1.3384)
DEFAULT_SEED = 20240611


@dataclass(frozen=True)
class SimFix:
    ts: datetime
    lat: float
    lon: float
    alt: float


class FlightSimulator:
    def __init__(self, seed: int = DEFAULT_SEED) -> None:
        self._rng = random.Random(seed)

    def _step(self, heading: float, speed_ms: float, lat: float, lon: float,
              dt: float) -> tuple[float, float]:
        dist = speed_ms * dt
        dlat = (dist * math.cos(heading)) / 111_320
        dlon = (dist * math.sin(heading)) / (111_320 * math.cos(math.radians(lat)))
        return lat + dlat, lon + dlon

    def flight(self, minutes: int = 20, interval_s: int = 5,
               start: datetime | None = None) -> list[SimFix]:
        ts = start or datetime(2024, 6, 11, 10, 0, tzinfo=timezone.utc)
        lat, lon = FLYING_GROUND
        alt = 0.0
        heading = self._rng.uniform(0, 2 * math.pi)
        fixes = []
        for _ in range(minutes * 60 // interval_s):
            heading += self._rng.gauss(0, 0.35)
            speed = max(0.0, self._rng.gauss(9.0, 3.0))
            lat, lon = self._step(heading, speed, lat, lon, interval_s)
            alt = max(0.0, alt + self._rng.gauss(0.5, 4.0))
            fixes.append(SimFix(ts, round(lat, 6), round(lon, 6), round(alt, 1)))
            ts += timedelta(seconds=interval_s)
        return fixes

    def day(self, birds: list[str], flights_each: int = 2) -> dict[str, list[SimFix]]:
        base = datetime(2024, 6, 11, 9, 0, tzinfo=timezone.utc)
        out: dict[str, list[SimFix]] = {}
        for i, bird in enumerate(birds):
            track: list[SimFix] = []
            for n in range(flights_each):
                start = base + timedelta(hours=3 * n, minutes=15 * i)
                track.extend(self.flight(minutes=self._rng.randint(10, 30), start=start))
            out[bird] = track
        return out
