"""Polls the courier for delivery status of saddles in transit."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import httpx

log = logging.getLogger(__name__)

TRACKING_API_URL = os.environ.get("COURIER_API_URL", "https://api.parcelroute.example/v2")
DELIVERED_STATES = frozenset({"DELIVERED", "DELIVERED_TO_NEIGHBOUR", "PICKED_UP"})


@dataclass(frozen=True)
class TrackingCredentials:
    api_key: str

    @classmethod
    def from_env(cls) -> "TrackingCredentials":
        key = os.environ.get("COURIER_API_KEY")
        if not key:
            raise RuntimeError("COURIER_API_KEY is not set")
        return cls(api_key=key)

    def __repr__(self) -> str:
        return "TrackingCredentials(api_key=***)"


class TrackingClient:
    def __init__(self, creds: TrackingCredentials, base_url: str = TRACKING_API_URL) -> None:
        self._client = httpx.Client(
            base_url=base_url,
            timeout=10.0,
            headers={"X-Api-Key": creds.api_key, "Accept": "application/json"},
        )

    def status(self, shipment_id: str) -> str:
        resp = self._client.get(f"/shipments/{shipment_id}/events", params={"limit": 1})
        resp.raise_for_status()
        events = resp.json().get("events", [])
        return events[0]["code"] if events else "UNKNOWN"

    def delivered(self, shipment_ids: list[str]) -> list[str]:
        done = []
        for sid in shipment_ids:
            code = self.status(sid)
            log.debug("shipment %s is %s", sid, code)
            if code in DELIVERED_STATES:
                done.append(sid)
        return done


def run_poll(open_shipments: list[str]) -> list[str]:
    client = TrackingClient(TrackingCredentials.from_env())
    return client.delivered(open_shipments)
