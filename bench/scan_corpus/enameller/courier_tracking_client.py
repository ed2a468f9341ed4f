"""Client for the courier tracking API, used by the dispatch dashboard."""
import logging
import os
from dataclasses import dataclass

import requests

log = logging.getLogger("enameller.dispatch.tracking")


def mask(value: str, keep: int = 4) -> str:
    if len(value) <= keep:
        return "*" * len(value)
    return "*" * (len(value) - keep) + value[-keep:]


@dataclass
class TrackingEvent:
    status: str
    location: str
    timestamp: str


class CourierTrackingClient:
    base_url = "https://api.parcelcourier.example/v1"

    def __init__(self, api_key: str | None = None):
        self.api_key = api_key or os.environ["COURIER_API_KEY"]
        self.session = requests.Session()
        self.session.headers.update({"X-Api-Key": self.api_key, "Accept": "application/json"})
        log.info("courier tracking client ready (key %s)", mask(self.api_key))

    def events(self, tracking_number: str) -> list[TrackingEvent]:
        url = f"{self.base_url}/tracking/{tracking_number}"
        resp = self.session.get(url, timeout=10)
        if resp.status_code == 401:
            log.error("courier rejected API key %s", mask(self.api_key))
            resp.raise_for_status()
        if resp.status_code == 404:
            log.info("no tracking yet for %s", tracking_number)
            return []
        resp.raise_for_status()
        return [
            TrackingEvent(e["status"], e.get("location", ""), e["timestamp"])
            for e in resp.json().get("events", [])
        ]

    def latest(self, tracking_number: str) -> TrackingEvent | None:
        evs = self.events(tracking_number)
        return evs[-1] if evs else None
