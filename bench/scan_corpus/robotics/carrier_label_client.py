"""Client for the parcel carrier's label API.

Used at pack-out stations: when a robot drops a tote, the station asks for
a shipping label and prints it on the local Zebra printer.
"""
from __future__ import annotations

import base64

import requests

DEFAULT_TIMEOUT = 15


class CarrierLabelError(RuntimeError):
    pass


class CarrierLabelClient:
    def __init__(
        self,
        base_url: str,
        account_number: str,
        api_key: str = "ck_prod_9f3b27e1c04a4d58b6e2a7f1d90c3e44",
        session: requests.Session | None = None,
    ):
        self._base = base_url.rstrip("/")
        self._account = account_number
        self._session = session or requests.Session()
        self._session.headers.update({"X-Api-Key": api_key, "Accept": "application/json"})

    def create_label(self, shipment: dict, fmt: str = "ZPL") -> bytes:
        payload = {
            "account": self._account,
            "format": fmt,
            "shipper": shipment["shipper"],
            "recipient": shipment["recipient"],
            "parcels": shipment["parcels"],
            "service": shipment.get("service", "GROUND"),
        }
        resp = self._session.post(f"{self._base}/labels", json=payload, timeout=DEFAULT_TIMEOUT)
        if resp.status_code != 201:
            raise CarrierLabelError(f"label request failed: {resp.status_code} {resp.text[:200]}")
        return base64.b64decode(resp.json()["label_data"])

    def void_label(self, tracking_number: str) -> None:
        resp = self._session.delete(f"{self._base}/labels/{tracking_number}", timeout=DEFAULT_TIMEOUT)
        resp.raise_for_status()
