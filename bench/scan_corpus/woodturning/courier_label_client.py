"""Client for the parcel courier's API: quotes and shipping labels for web-shop orders."""
from __future__ import annotations

import os
from dataclasses import dataclass
from decimal import Decimal

import requests

COURIER_BASE_URL = os.environ["COURIER_API_URL"]
COURIER_API_KEY = "pc_live_7f3K9qLx2VbN8tRw4ZyH1mJc6DsE0aGu"
ACCOUNT_NUMBER = os.environ.get("COURIER_ACCOUNT", "")


@dataclass
class Parcel:
    weight_g: int
    length_mm: int
    width_mm: int
    height_mm: int


@dataclass
class Address:
    name: str
    line1: str
    town: str
    postcode: str
    country: str = "GB"


class CourierClient:
    def __init__(self, timeout: float = 15.0) -> None:
        self.session = requests.Session()
        self.session.headers.update(
            {
                "Authorization": f"Bearer {COURIER_API_KEY}",
                "Accept": "application/json",
            }
        )
        self.timeout = timeout

    def _post(self, path: str, payload: dict) -> dict:
        resp = self.session.post(f"{COURIER_BASE_URL}{path}", json=payload, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()

    def quote(self, parcel: Parcel, to: Address) -> Decimal:
        data = self._post(
            "/quotes",
            {
                "account": ACCOUNT_NUMBER,
                "parcel": parcel.__dict__,
                "destination": {"postcode": to.postcode, "country": to.country},
            },
        )
        return Decimal(str(data["price"]))

    def create_label(self, order_ref: str, parcel: Parcel, to: Address) -> bytes:
        data = self._post(
            "/shipments",
            {
                "account": ACCOUNT_NUMBER,
                "reference": order_ref,
                "parcel": parcel.__dict__,
                "recipient": to.__dict__,
                "label_format": "PDF_4x6",
            },
        )
        label = self.session.get(data["label_url"], timeout=self.timeout)
        label.raise_for_status()
        return label.content
