"""Client for the freight carrier's shipment tracking API.

Used by the dealer portal to show where an order of spools is.  The
carrier's API sits behind the logistics partner's private CA, so the
bundle with that CA is shipped with the application config.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import datetime

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CarrierSettings:
    base_url: str
    api_key: str
    ca_bundle: str

    @classmethod
    def from_env(cls) -> "CarrierSettings":
        return cls(
            base_url=os.environ["CARRIER_API_URL"].rstrip("/"),
            api_key=os.environ["CARRIER_API_KEY"],
            ca_bundle=os.environ.get("CARRIER_CA_BUNDLE", "/etc/ropeworks/carrier-ca.pem"),
        )


@dataclass
class TrackingEvent:
    at: datetime
    location: str
    status: str


class CarrierTrackingClient:
    def __init__(self, settings: CarrierSettings) -> None:
        self.settings = settings
        self.session = requests.Session()
        self.session.verify = settings.ca_bundle
        self.session.headers["X-Api-Key"] = settings.api_key
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))
        self.session.mount("https://", HTTPAdapter(max_retries=retry))

    def events(self, tracking_no: str) -> list[TrackingEvent]:
        resp = self.session.get(
            f"{self.settings.base_url}/shipments/{tracking_no}/events", timeout=10
        )
        if resp.status_code == 404:
            return []
        resp.raise_for_status()
        return [
            TrackingEvent(
                at=datetime.fromisoformat(item["timestamp"]),
                location=item.get("location", ""),
                status=item["status"],
            )
            for item in resp.json()["events"]
        ]
