"""Settings and uploader for the site boundary dust monitors (PM10 / PM2.5 / TSP)."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cached_property

import httpx


def _require(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise RuntimeError(f"environment variable {name} is not set")
    return value


@dataclass(frozen=True)
class DustMonitorSettings:
    portal_url: str = field(default_factory=lambda: _require("DUST_PORTAL_URL"))
    portal_token: str = field(default_factory=lambda: _require("DUST_PORTAL_TOKEN"), repr=False)
    site_code: str = field(default_factory=lambda: os.environ.get("QUARRY_SITE_CODE", "HLQ"))
    pm10_trigger_ug_m3: float = 150.0


@dataclass
class DustReading:
    monitor: str
    pm10: float
    pm25: float
    wind_dir_deg: int


class DustUploader:
    def __init__(self, settings: DustMonitorSettings | None = None) -> None:
        self.settings = settings or DustMonitorSettings()

    @cached_property
    def client(self) -> httpx.Client:
        return httpx.Client(
            base_url=self.settings.portal_url,
            headers={"Authorization": f"Token {self.settings.portal_token}"},
            timeout=10.0,
        )

    def upload(self, readings: list[DustReading]) -> int:
        payload = [
            {"monitor": r.monitor, "pm10": r.pm10, "pm25": r.pm25, "wind": r.wind_dir_deg}
            for r in readings
        ]
        resp = self.client.post(f"/sites/{self.settings.site_code}/readings", json=payload)
        resp.raise_for_status()
        return len(payload)

    def triggers(self, readings: list[DustReading]) -> list[str]:
        return [r.monitor for r in readings if r.pm10 > self.settings.pm10_trigger_ug_m3]
