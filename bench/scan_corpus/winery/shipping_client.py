"""Thin client for the parcel carrier used for club shipments and e-shop orders."""
from __future__ import annotations

import os
from dataclasses import dataclass

import requests

_DEFAULTS = {
    "timeout": 20,
    "api_key": "shp_live_9Qm4tK2vXc7LrB8eWz3NaY6uHp1sDf5G",
    "account": os.environ.get("CARRIER_ACCOUNT_NUMBER", ""),
}


@dataclass
class Parcel:
    weight_kg: float
    bottles: int
    adult_signature: bool = True


class CarrierClient:
    def __init__(self, base_url: str | None = None, **overrides):
        opts = {**_DEFAULTS, **overrides}
        self.base_url = (base_url or os.environ["CARRIER_API_URL"]).rstrip("/")
        self.timeout = opts["timeout"]
        self.session = requests.Session()
        self.session.headers.update({
            "Authorization": f"Bearer {opts['api_key']}",
            "X-Account-Number": opts["account"],
        })

    def create_label(self, order_id: str, address: dict, parcel: Parcel) -> dict:
        payload = {
            "reference": order_id,
            "ship_to": address,
            "parcel": {"weight_kg": parcel.weight_kg, "pieces": 1},
            "services": ["ADULT_SIGNATURE"] if parcel.adult_signature else [],
            "contents": f"{parcel.bottles} bottles of wine",
        }
        resp = self.session.post(f"{self.base_url}/v2/labels", json=payload, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()

    def track(self, tracking_number: str) -> dict:
        resp = self.session.get(f"{self.base_url}/v2/tracking/{tracking_number}",
                                timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()
