"""Tracks outbound pallet and parcel shipments of the online shop with the carrier's API."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import datetime

import requests

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CarrierSettings:
    base_url: str
    api_key: str
    ca_bundle: str
    timeout: float = 10.0

    @classmethod
    def from_env(cls) -> "CarrierSettings":
        return cls(
            base_url=os.environ["CARRIER_API_URL"].rstrip("/"),
            api_key=os.environ["CARRIER_API_KEY"],
            ca_bundle=os.environ.get("CARRIER_CA_BUNDLE", "/etc/ssl/certs/carrier-chain.pem"),
        )


@dataclass
class TrackingEvent:
    at: datetime
    status: str
    location: str


class CarrierTracker:
    def __init__(self, settings: CarrierSettings) -> None:
        self.settings = settings
        self.session = requests.Session()
        self.session.verify = settings.ca_bundle
        self.session.headers.update({"X-Api-Key": settings.api_key, "Accept": "application/json"})

    def events(self, tracking_number: str) -> list[TrackingEvent]:
        resp = self.session.get(
            f"{self.settings.base_url}/tracking/{tracking_number}/events",
            timeout=self.settings.timeout,
        )
        resp.raise_for_status()
        return [
            TrackingEvent(
                at=datetime.fromisoformat(e["timestamp"]),
                status=e["status"],
                location=e.get("location", ""),
            )
            for e in resp.json()["events"]
        ]

    def delivered(self, tracking_number: str) -> bool:
        events = self.events(tracking_number)
        return bool(events) and events[-1].status == "DELIVERED"


def undelivered_orders(tracker: CarrierTracker, shipments: dict[str, str]) -> list[str]:
    late = []
    for order_id, tracking_number in shipments.items():
        try:
            if not tracker.delivered(tracking_number):
                late.append(order_id)
        except requests.RequestException as exc:
            log.warning("tracking lookup failed for order %s: %s", order_id, exc)
    return late
