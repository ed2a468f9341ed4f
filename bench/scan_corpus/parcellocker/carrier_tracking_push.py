"""Push locker drop-off and pickup milestones to the carrier tracking API."""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


@dataclass(frozen=True)
class TrackingApi:
    base_url: str
    token: str

    @classmethod
    def from_env(cls, carrier: str) -> "TrackingApi":
        prefix = carrier.upper()
        return cls(
            base_url=os.environ[f"{prefix}_TRACKING_URL"],
            token=os.environ[f"{prefix}_TRACKING_TOKEN"],
        )


def _session(api: TrackingApi) -> requests.Session:
    s = requests.Session()
    s.headers.update({"Authorization": f"Bearer {api.token}", "Accept": "application/json"})
    retry = Retry(total=4, backoff_factor=0.5, status_forcelist=(502, 503, 504),
                  allowed_methods=frozenset({"POST"}))
    s.mount("https://", HTTPAdapter(max_retries=retry))
    return s


def milestone_body(tracking_id: str, event: str, locker_id: str, at: datetime) -> dict:
    return {
        "trackingNumber": tracking_id,
        "eventCode": {"dropped_off": "LCK_IN", "picked_up": "LCK_OUT"}[event],
        "location": {"type": "PARCEL_LOCKER", "id": locker_id},
        "timestamp": at.isoformat(),
    }


def push_milestone(carrier: str, tracking_id: str, event: str, locker_id: str, at: datetime) -> None:
    api = TrackingApi.from_env(carrier)
    with _session(api) as s:
        resp = s.post(f"{api.base_url}/v2/events",
                      json=milestone_body(tracking_id, event, locker_id, at), timeout=10)
        resp.raise_for_status()
