"""Stock and back-order queries against the pharmacy supplier's REST API.

The supplier issues each practice an API key; it is provided to the process as
PHARMACY_API_KEY and sent only to the supplier's API host in the X-Api-Key header.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

import requests

log = logging.getLogger("mobilevet.pharmacy.stock")


@dataclass(frozen=True)
class PharmacyApiSettings:
    base_url: str
    api_key: str = field(repr=False)
    timeout: float = 15.0

    @classmethod
    def from_env(cls) -> "PharmacyApiSettings":
        return cls(
            base_url=os.environ["PHARMACY_API_URL"].rstrip("/"),
            api_key=os.environ["PHARMACY_API_KEY"],
        )


class PharmacyStockClient:
    def __init__(self, settings: PharmacyApiSettings) -> None:
        self._settings = settings
        self._http = requests.Session()
        self._http.headers.update({"X-Api-Key": settings.api_key,
                                   "Accept": "application/json"})

    def _get(self, path: str, **params) -> dict:
        resp = self._http.get(f"{self._settings.base_url}{path}", params=params,
                              timeout=self._settings.timeout)
        resp.raise_for_status()
        return resp.json()

    def stock(self, product_code: str) -> int:
        return int(self._get(f"/v1/stock/{product_code}")["available"])

    def back_orders(self, account: str) -> list[dict]:
        data = self._get("/v1/back-orders", account=account)
        log.info("%d open back-orders for account %s", len(data["items"]), account)
        return data["items"]

    def van_restock_shortfall(self, van_stock: dict[str, int],
                              par_levels: dict[str, int]) -> dict[str, int]:
        shortfall = {}
        for code, par in par_levels.items():
            need = par - van_stock.get(code, 0)
            if need > 0 and self.stock(code) >= need:
                shortfall[code] = need
        return shortfall


if __name__ == "__main__":
    client = PharmacyStockClient(PharmacyApiSettings.from_env())
    print(client.back_orders(os.environ["PHARMACY_ACCOUNT"]))
