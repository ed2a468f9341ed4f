"""Periodic sync of tube-trailer GPS positions and pressure readings from the telematics vendor."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from datetime import datetime, timezone

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger("h2.telematics")


@dataclass
class TelematicsSettings:
    api_base: str = field(default_factory=lambda: os.environ["TELEMATICS_API_BASE"])
    api_key: str = field(default_factory=lambda: os.environ["TELEMATICS_API_KEY"])
    fleet_id: str = field(default_factory=lambda: os.environ.get("TELEMATICS_FLEET", "h2-tube-fleet"))
    page_size: int = 200


@dataclass
class TrailerPosition:
    trailer_id: str
    lat: float
    lon: float
    pressure_bar: float
    seen_at: datetime


class TelematicsSync:
    def __init__(self, settings: TelematicsSettings) -> None:
        self.settings = settings
        self.session = requests.Session()
        self.session.headers.update({"X-Api-Key": settings.api_key, "Accept": "application/json"})
        self.session.mount("https://", HTTPAdapter(max_retries=Retry(total=3, backoff_factor=1.0)))

    def _positions_url(self) -> str:
        return f"{self.settings.api_base}/fleets/{self.settings.fleet_id}/positions"

    def fetch_positions(self) -> list[TrailerPosition]:
        url = self._positions_url()
        log.info("Polling telematics %s headers=%s", url, dict(self.session.headers))
        resp = self.session.get(url, params={"limit": self.settings.page_size}, timeout=20)
        resp.raise_for_status()
        return [
            TrailerPosition(
                trailer_id=item["asset_ref"],
                lat=item["gps"]["lat"],
                lon=item["gps"]["lon"],
                pressure_bar=item["sensors"].get("pressure_bar", 0.0),
                seen_at=datetime.fromtimestamp(item["ts"], timezone.utc),
            )
            for item in resp.json()["data"]
        ]

    def low_pressure(self, threshold_bar: float = 30.0) -> list[str]:
        return [p.trailer_id for p in self.fetch_positions() if p.pressure_bar < threshold_bar]
