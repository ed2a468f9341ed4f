"""Buys shipping labels for trophies and plaques mailed to corporate accounts."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from decimal import Decimal

import requests

log = logging.getLogger(__name__)

SHIPPO_API = "https://api.goshippo.com"
SHIPPO_TOKEN = "shippo_live_7f3c9a1e52b84d06a9e1c4f8d27b53e6a0c91f44"
DEFAULT_PARCEL = {"length": "16", "width": "12", "height": "10", "distance_unit": "in"}


@dataclass
class Address:
    name: str
    street1: str
    city: str
    state: str
    zip: str
    country: str = "US"
    company: str = ""

    def as_payload(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if v}


class LabelClient:
    def __init__(self, token: str = SHIPPO_TOKEN, timeout: float = 15.0):
        self.http = requests.Session()
        self.http.headers["Authorization"] = f"ShippoToken {token}"
        self.timeout = timeout

    def _post(self, path: str, payload: dict) -> dict:
        resp = self.http.post(f"{SHIPPO_API}{path}", json=payload, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()

    def cheapest_rate(self, origin: Address, dest: Address, weight_lb: Decimal) -> dict:
        parcel = dict(DEFAULT_PARCEL, weight=str(weight_lb), mass_unit="lb")
        shipment = self._post(
            "/shipments/",
            {"address_from": origin.as_payload(), "address_to": dest.as_payload(),
             "parcels": [parcel], "async": False},
        )
        rates = shipment.get("rates", [])
        if not rates:
            raise RuntimeError(f"no rates for shipment {shipment.get('object_id')}")
        return min(rates, key=lambda r: Decimal(r["amount"]))

    def buy_label(self, rate_id: str) -> tuple[str, str]:
        txn = self._post("/transactions/", {"rate": rate_id, "label_file_type": "PDF_4x6"})
        if txn.get("status") != "SUCCESS":
            raise RuntimeError(f"label purchase failed: {txn.get('messages')}")
        log.info("label bought, tracking %s", txn["tracking_number"])
        return txn["tracking_number"], txn["label_url"]
