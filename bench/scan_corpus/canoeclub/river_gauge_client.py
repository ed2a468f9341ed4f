"""Client for the regional river gauge service.

Trip leaders check the gauge readings before a river trip goes ahead;
the club's trip planner calls this client every half hour.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import datetime

import requests

log = logging.getLogger(__name__)

_REQUEST_DEFAULTS = {
    "timeout": 15,
    "verify": False,
    "headers": {"Accept": "application/json", "User-Agent": "canoeclub-trips/2.3"},
}


@dataclass
class GaugeReading:
    station_id: str
    level_m: float
    flow_cumecs: float | None
    observed_at: datetime


class RiverGaugeClient:
    def __init__(self, base_url: str | None = None, api_key: str | None = None) -> None:
        self.base_url = (base_url or os.environ["GAUGE_API_URL"]).rstrip("/")
        self._session = requests.Session()
        self._session.headers["X-Api-Key"] = api_key or os.environ["GAUGE_API_KEY"]

    def _get(self, path: str, **params) -> dict:
        response = self._session.get(f"{self.base_url}{path}", params=params, **_REQUEST_DEFAULTS)
        response.raise_for_status()
        return response.json()

    def latest(self, station_id: str) -> GaugeReading:
        payload = self._get(f"/stations/{station_id}/readings/latest")
        return GaugeReading(
            station_id=station_id,
            level_m=float(payload["level"]),
            flow_cumecs=float(payload["flow"]) if payload.get("flow") is not None else None,
            observed_at=datetime.fromisoformat(payload["observed_at"]),
        )

    def trip_go_no_go(self, station_id: str, min_level: float, max_level: float) -> bool:
        reading = self.latest(station_id)
        ok = min_level <= reading.level_m <= max_level
        log.info(
            "station %s at %.2fm (range %.2f-%.2f): %s",
            station_id, reading.level_m, min_level, max_level, "go" if ok else "no-go",
        )
        return ok
