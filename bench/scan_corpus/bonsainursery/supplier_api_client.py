"""Client for the purchase-order API of our main soil and pot wholesaler.

The wholesaler runs its API behind a certificate issued by its own private
CA; they gave us the CA certificate, which is deployed with the app.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from decimal import Decimal

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


@dataclass(frozen=True)
class WholesalerSettings:
    base_url: str = field(default_factory=lambda: os.environ["WHOLESALER_API_URL"])
    api_key: str = field(default_factory=lambda: os.environ["WHOLESALER_API_KEY"])
    ca_bundle: str = field(
        default_factory=lambda: os.environ.get(
            "WHOLESALER_CA_BUNDLE", "/etc/bonsainursery/certs/wholesaler-ca.pem"
        )
    )
    timeout_s: float = 15.0


@dataclass
class PurchaseLine:
    sku: str
    quantity: int
    unit_price: Decimal


class WholesalerClient:
    def __init__(self, settings: WholesalerSettings | None = None):
        self.settings = settings or WholesalerSettings()
        self.session = requests.Session()
        self.session.verify = self.settings.ca_bundle
        self.session.headers.update(
            {"X-Api-Key": self.settings.api_key, "Accept": "application/json"}
        )
        retry = Retry(total=3, backoff_factor=1.0, status_forcelist=(502, 503, 504))
        self.session.mount("https://", HTTPAdapter(max_retries=retry))

    def _url(self, path: str) -> str:
        return self.settings.base_url.rstrip("/") + path

    def place_order(self, po_number: str, lines: list[PurchaseLine]) -> str:
        body = {
            "customer_reference": po_number,
            "lines": [
                {"sku": l.sku, "qty": l.quantity, "unit_price": str(l.unit_price)} for l in lines
            ],
        }
        resp = self.session.post(self._url("/orders"), json=body, timeout=self.settings.timeout_s)
        resp.raise_for_status()
        return resp.json()["order_id"]

    def order_status(self, order_id: str) -> str:
        resp = self.session.get(self._url(f"/orders/{order_id}"), timeout=self.settings.timeout_s)
        resp.raise_for_status()
        return resp.json()["status"]
