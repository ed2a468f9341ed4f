"""Client for the route-optimisation provider used to plan each depot's sweep rounds."""

from __future__ import annotations

import logging
import os
from dataclasses import asdict, dataclass
from datetime import date

import httpx

log = logging.getLogger("sweepdesk.routes")


@dataclass
class Stop:
    job_id: int
    lat: float
    lon: float
    window_start: str
    window_end: str
    duration_min: int


@dataclass(frozen=True)
class OptimizerSettings:
    base_url: str
    api_key: str
    depot_region: str

    @classmethod
    def from_env(cls) -> "OptimizerSettings":
        return cls(
            base_url=os.environ["ROUTE_OPTIMIZER_URL"],
            api_key=os.environ["ROUTE_OPTIMIZER_API_KEY"],
            depot_region=os.environ.get("SWEEP_DEPOT_REGION", "uk-south"),
        )


class RouteOptimizerClient:
    def __init__(self, settings: OptimizerSettings):
        self._settings = settings
        self._client = httpx.Client(
            base_url=settings.base_url,
            headers={"Authorization": f"Bearer {settings.api_key}"},
            timeout=30.0,
        )

    def plan(self, day: date, depot: str, stops: list[Stop]) -> dict:
        payload = {
            "date": day.isoformat(),
            "depot": depot,
            "region": self._settings.depot_region,
            "stops": [asdict(s) for s in stops],
        }
        resp = self._client.post("/v1/optimise", json=payload)
        resp.raise_for_status()
        plan = resp.json()
        log.info("Optimised %d stops for %s on %s", len(stops), depot, day)
        return plan

    def close(self) -> None:
        self._client.close()
