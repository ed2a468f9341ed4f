"""Pulls blast vibration events from the seismograph vendor's cloud portal."""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime

import httpx


@dataclass
class VibrationEvent:
    monitor_id: str
    triggered_at: datetime
    ppv_mm_s: float
    overpressure_db: float


def _transport_options(timeout_s: float = 20.0) -> dict:
    return {
        "timeout": httpx.Timeout(timeout_s, connect=5.0),
        "verify": False,
        "follow_redirects": True,
        "headers": {"Accept": "application/json", "User-Agent": "quarry-monitoring/3.2"},
    }


class SeismographPortal:
    def __init__(self, base_url: str, api_key: str | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self._api_key = api_key or os.environ["SEISMO_PORTAL_KEY"]
        self._client_opts = _transport_options()

    def _client(self) -> httpx.Client:
        return httpx.Client(base_url=self.base_url, **self._client_opts)

    def events_since(self, site: str, since: datetime) -> list[VibrationEvent]:
        with self._client() as client:
            resp = client.get(
                f"/api/v2/sites/{site}/events",
                params={"from": since.isoformat()},
                headers={"X-Api-Key": self._api_key},
            )
            resp.raise_for_status()
        return [
            VibrationEvent(
                monitor_id=item["monitor"],
                triggered_at=datetime.fromisoformat(item["time"]),
                ppv_mm_s=float(item["ppv"]),
                overpressure_db=float(item["air_db"]),
            )
            for item in resp.json()["events"]
        ]


def exceedances(events: list[VibrationEvent], ppv_limit: float = 6.0) -> list[VibrationEvent]:
    return [e for e in events if e.ppv_mm_s > ppv_limit]
