"""Client for the elevation service that profiles planned stages (climbing, gradients)."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Sequence

import httpx


@dataclass(frozen=True)
class ElevationSettings:
    base_url: str
    timeout_s: float = 10.0
    batch_size: int = 200

    @classmethod
    def from_env(cls) -> "ElevationSettings":
        return cls(
            base_url=os.environ["ELEVATION_SERVICE_URL"],
            timeout_s=float(os.environ.get("ELEVATION_SERVICE_TIMEOUT", "10")),
        )


@dataclass
class StageProfile:
    total_climb_m: float
    total_descent_m: float
    max_gradient_pct: float


class ElevationClient:
    def __init__(self, settings: ElevationSettings):
        self._settings = settings
        self._client = httpx.Client(base_url=settings.base_url, timeout=settings.timeout_s)

    def elevations(self, points: Sequence[tuple[float, float]]) -> list[float]:
        heights: list[float] = []
        size = self._settings.batch_size
        for i in range(0, len(points), size):
            batch = points[i : i + size]
            resp = self._client.post(
                "/v1/lookup",
                json={"locations": [{"lat": lat, "lon": lon} for lat, lon in batch]},
            )
            resp.raise_for_status()
            heights.extend(r["elevation"] for r in resp.json()["results"])
        return heights

    def profile(self, points: Sequence[tuple[float, float]], spacing_m: Sequence[float]) -> StageProfile:
        heights = self.elevations(points)
        climb = descent = steepest = 0.0
        for (h0, h1), dist in zip(zip(heights, heights[1:]), spacing_m):
            delta = h1 - h0
            if delta > 0:
                climb += delta
            else:
                descent -= delta
            if dist > 0:
                steepest = max(steepest, 100 * delta / dist)
        return StageProfile(round(climb), round(descent), round(steepest, 1))
