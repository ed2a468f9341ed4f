"""Client for the soiling-monitoring station vendor's cloud API.

Soiling ratios drive the panel-cleaning schedule; the crew planner calls
`latest_ratios()` every morning.
"""

import os
from dataclasses import dataclass
from datetime import datetime

import requests

API_KEY_HEADER = "X-Api-Key"
API_KEY_ENV = "SOILING_API_KEY"
BASE_URL_ENV = "SOILING_API_URL"


@dataclass
class SoilingReading:
    station_id: str
    measured_at: datetime
    soiling_ratio: float


class SoilingClient:
    def __init__(self, base_url: str | None = None, api_key: str | None = None, timeout: float = 15.0):
        self.base_url = (base_url or os.environ[BASE_URL_ENV]).rstrip("/")
        key = api_key or os.environ.get(API_KEY_ENV)
        if not key:
            raise RuntimeError(f"{API_KEY_ENV} is not set")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers[API_KEY_HEADER] = key

    def latest_ratios(self, site_code: str) -> list[SoilingReading]:
        resp = self.session.get(f"{self.base_url}/sites/{site_code}/stations/latest", timeout=self.timeout)
        resp.raise_for_status()
        return [
            SoilingReading(
                station_id=s["stationId"],
                measured_at=datetime.fromisoformat(s["measuredAt"]),
                soiling_ratio=float(s["soilingRatio"]),
            )
            for s in resp.json()["stations"]
        ]

    def stations_needing_cleaning(self, site_code: str, threshold: float = 0.95) -> list[str]:
        return [r.station_id for r in self.latest_ratios(site_code) if r.soiling_ratio < threshold]
