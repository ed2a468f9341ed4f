"""HTTP client for the wearable bridge service.

The bridge normalises Garmin / Coros / Suunto activity payloads; this client
pulls new activities for an athlete and acknowledges them once stored.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

import requests

log = logging.getLogger(__name__)


@dataclass
class Activity:
    external_id: str
    sport: str
    started_at: datetime
    duration_s: int
    distance_m: float | None


class WearableSyncClient:
    def __init__(self, base_url: str, api_token: str, *, timeout: float = 15.0,
                 verify_tls: bool = False):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {api_token}"
        self.session.verify = verify_tls

    def pending_activities(self, athlete_id: str) -> list[Activity]:
        resp = self.session.get(
            f"{self.base_url}/athletes/{athlete_id}/activities",
            params={"state": "pending"},
            timeout=self.timeout,
        )
        resp.raise_for_status()
        items = resp.json()["items"]
        log.debug("bridge returned %d pending activities", len(items))
        return [
            Activity(
                external_id=i["id"],
                sport=i["sport"],
                started_at=datetime.fromisoformat(i["start_time"]),
                duration_s=int(i["duration"]),
                distance_m=i.get("distance"),
            )
            for i in items
        ]

    def acknowledge(self, athlete_id: str, external_ids: list[str]) -> None:
        resp = self.session.post(
            f"{self.base_url}/athletes/{athlete_id}/acks",
            json={"ids": external_ids},
            timeout=self.timeout,
        )
        resp.raise_for_status()
