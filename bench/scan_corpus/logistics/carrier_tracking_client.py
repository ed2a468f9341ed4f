"""Thin client for the parcel carrier's tracking API.

Some customers route traffic through a TLS-inspecting proxy, so a custom CA
bundle can be supplied; otherwise certifi's bundle is used.
"""
import os
from typing import Optional

import certifi
import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


class ParcelTrackingClient:
    def __init__(self, base_url: str, api_key: str, ca_bundle: Optional[str] = None) -> None:
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.verify = ca_bundle or certifi.where()
        self.session.headers.update({"X-Api-Key": api_key, "Accept": "application/json"})
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))
        self.session.mount("https://", HTTPAdapter(max_retries=retry))

    @classmethod
    def from_env(cls) -> "ParcelTrackingClient":
        return cls(
            os.environ["PARCEL_TRACKING_URL"],
            os.environ["PARCEL_TRACKING_API_KEY"],
            ca_bundle=os.environ.get("PARCEL_TRACKING_CA_BUNDLE"),
        )

    def events(self, tracking_number: str) -> list[dict]:
        resp = self.session.get(
            f"{self.base_url}/v1/shipments/{tracking_number}/events", timeout=10
        )
        resp.raise_for_status()
        return resp.json().get("events", [])

    def latest_status(self, tracking_number: str) -> Optional[str]:
        events = self.events(tracking_number)
        return events[0]["statusCode"] if events else None
