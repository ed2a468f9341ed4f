"""Client for the GPS tracker service fitted to the hire fleet.

Each boat carries a tracker that reports position and engine state. The hire
desk uses it to find boats that are overdue or moored in a closed section.
The tracker vendor's endpoint and credentials come from deployment settings.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime

import requests


@dataclass(frozen=True)
class TrackerSettings:
    base_url: str
    account_id: str
    api_token: str
    timeout_s: float = 8.0

    @classmethod
    def from_env(cls) -> "TrackerSettings":
        return cls(
            base_url=os.environ["TRACKER_API_URL"],
            account_id=os.environ["TRACKER_ACCOUNT_ID"],
            api_token=os.environ["TRACKER_API_TOKEN"],
            timeout_s=float(os.environ.get("TRACKER_TIMEOUT_S", "8")),
        )


@dataclass
class BoatPosition:
    tracker_id: str
    lat: float
    lon: float
    engine_on: bool
    reported_at: datetime


class BoatTrackerClient:
    def __init__(self, settings: TrackerSettings | None = None) -> None:
        self._settings = settings or TrackerSettings.from_env()
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Bearer {self._settings.api_token}"

    def _url(self, path: str) -> str:
        return f"{self._settings.base_url.rstrip('/')}/accounts/{self._settings.account_id}{path}"

    def latest(self, tracker_id: str) -> BoatPosition:
        resp = self._session.get(self._url(f"/trackers/{tracker_id}/latest"), timeout=self._settings.timeout_s)
        resp.raise_for_status()
        data = resp.json()
        return BoatPosition(
            tracker_id=tracker_id,
            lat=float(data["lat"]),
            lon=float(data["lon"]),
            engine_on=bool(data.get("ignition")),
            reported_at=datetime.fromisoformat(data["ts"]),
        )

    def fleet(self) -> list[BoatPosition]:
        resp = self._session.get(self._url("/trackers/latest"), timeout=self._settings.timeout_s)
        resp.raise_for_status()
        return [
            BoatPosition(d["id"], float(d["lat"]), float(d["lon"]), bool(d.get("ignition")),
                         datetime.fromisoformat(d["ts"]))
            for d in resp.json().get("trackers", [])
        ]
