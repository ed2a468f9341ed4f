"""Client for the hosted lap timing service.

The timing vendor hosts the decoder backend; we pull finished heats and
per-lap times from its REST API to build leaderboards and driver
history pages.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from datetime import datetime

import requests

log = logging.getLogger(__name__)


@dataclass
class TimingApiSettings:
    base_url: str = field(default_factory=lambda: os.environ.get("TIMING_API_URL", ""))
    api_token: str = field(default_factory=lambda: os.environ.get("TIMING_API_TOKEN", ""))
    timeout: float = 10.0
    verify_tls: bool = False


@dataclass
class LapTime:
    heat_id: str
    transponder: str
    lap: int
    millis: int


class TimingFeedClient:
    def __init__(self, settings: TimingApiSettings | None = None) -> None:
        self.settings = settings or TimingApiSettings()
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {self.settings.api_token}"
        self.session.verify = self.settings.verify_tls

    def _get(self, path: str, **params) -> dict:
        url = self.settings.base_url.rstrip("/") + path
        resp = self.session.get(url, params=params, timeout=self.settings.timeout)
        resp.raise_for_status()
        return resp.json()

    def finished_heats(self, since: datetime) -> list[str]:
        data = self._get("/v1/heats", status="finished", since=since.isoformat())
        return [h["id"] for h in data.get("heats", [])]

    def laps_for_heat(self, heat_id: str) -> list[LapTime]:
        data = self._get(f"/v1/heats/{heat_id}/laps")
        return [
            LapTime(
                heat_id=heat_id,
                transponder=str(item["transponder"]),
                lap=int(item["lap"]),
                millis=int(item["time_ms"]),
            )
            for item in data.get("laps", [])
        ]


def sync_recent_laps(client: TimingFeedClient, since: datetime, store) -> int:
    count = 0
    for heat_id in client.finished_heats(since):
        laps = client.laps_for_heat(heat_id)
        store.save_laps(laps)
        count += len(laps)
    log.info("synced %d laps since %s", count, since.isoformat())
    return count
