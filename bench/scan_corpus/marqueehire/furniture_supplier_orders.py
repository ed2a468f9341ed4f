"""Call-off orders to the furniture supplier over their private API.

The supplier runs the API behind their own certificate authority, so the
session trusts their CA bundle as shipped with our deployment.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from typing import Dict, List

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


@dataclass(frozen=True)
class SupplierSettings:
    base_url: str = field(default_factory=lambda: os.environ["FURNITURE_API_URL"])
    ca_bundle: str = field(
        default_factory=lambda: os.environ.get(
            "FURNITURE_API_CA_BUNDLE", "/etc/marqueehire/certs/furniture-supplier-ca.pem"
        )
    )
    timeout: float = 15.0


@dataclass
class OrderLine:
    sku: str
    quantity: int


class FurnitureOrders:
    def __init__(self, settings: SupplierSettings | None = None) -> None:
        self._settings = settings or SupplierSettings()
        self._session = requests.Session()
        self._session.verify = self._settings.ca_bundle
        self._session.headers.update(
            {"Authorization": f"Bearer {os.environ['FURNITURE_API_TOKEN']}"}
        )
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))
        self._session.mount("https://", HTTPAdapter(max_retries=retry))

    def _url(self, path: str) -> str:
        return f"{self._settings.base_url.rstrip('/')}/{path.lstrip('/')}"

    def place(self, booking_ref: str, delivery: date, collection: date, lines: List[OrderLine]) -> str:
        resp = self._session.post(
            self._url("/orders"),
            json={
                "customer_reference": booking_ref,
                "delivery_date": delivery.isoformat(),
                "collection_date": collection.isoformat(),
                "lines": [{"sku": l.sku, "qty": l.quantity} for l in lines],
            },
            timeout=self._settings.timeout,
        )
        resp.raise_for_status()
        return resp.json()["order_number"]

    def status(self, order_number: str) -> Dict[str, str]:
        resp = self._session.get(self._url(f"/orders/{order_number}"), timeout=self._settings.timeout)
        resp.raise_for_status()
        body = resp.json()
        return {"status": body["status"], "eta": body.get("eta", "")}
