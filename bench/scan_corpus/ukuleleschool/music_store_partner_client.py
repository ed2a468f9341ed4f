"""Client for the partner music store that supplies rental instruments and accessories."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import List, Union

import requests


@dataclass
class PartnerSettings:
    base_url: str = field(default_factory=lambda: os.environ["PARTNER_STORE_URL"])
    api_token: str = field(default_factory=lambda: os.environ["PARTNER_STORE_TOKEN"])
    ca_bundle: Union[bool, str] = field(
        default_factory=lambda: os.environ.get("PARTNER_STORE_CA", "/etc/ssl/certs/partner-store-ca.pem")
    )
    timeout: float = 10.0


@dataclass
class StockItem:
    sku: str
    name: str
    size: str
    available: int
    rental_fee_cents: int


class PartnerStoreClient:
    def __init__(self, settings: PartnerSettings | None = None):
        self.settings = settings or PartnerSettings()
        self.session = requests.Session()
        self.session.verify = self.settings.ca_bundle
        self.session.headers["Authorization"] = f"Token {self.settings.api_token}"

    def _get(self, path: str, **params) -> dict:
        resp = self.session.get(
            f"{self.settings.base_url.rstrip('/')}{path}", params=params, timeout=self.settings.timeout
        )
        resp.raise_for_status()
        return resp.json()

    def rental_stock(self, size: str = "concert") -> List[StockItem]:
        data = self._get("/api/rental-stock", category="ukulele", size=size)
        return [
            StockItem(
                sku=row["sku"],
                name=row["name"],
                size=row["size"],
                available=int(row["qty"]),
                rental_fee_cents=int(row["monthly_fee_cents"]),
            )
            for row in data["items"]
        ]

    def reserve(self, sku: str, rental_id: int, ship_to_postcode: str) -> str:
        resp = self.session.post(
            f"{self.settings.base_url.rstrip('/')}/api/reservations",
            json={"sku": sku, "external_ref": f"rental-{rental_id}", "postcode": ship_to_postcode},
            timeout=self.settings.timeout,
        )
        resp.raise_for_status()
        return resp.json()["reservation_id"]
