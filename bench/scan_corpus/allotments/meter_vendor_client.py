"""Client for the water meter vendor's readings API.

Used by the invoicing job to fetch the final reading for each meter at the
end of the rent year. The API key is issued by the vendor to the council and
supplied to the worker through its environment.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Iterator

import requests


@dataclass(frozen=True)
class VendorConfig:
    base_url: str
    api_key: str
    timeout: float = 20.0

    @classmethod
    def from_env(cls) -> "VendorConfig":
        return cls(base_url=os.environ["METER_VENDOR_URL"], api_key=os.environ["METER_VENDOR_API_KEY"])


class MeterVendorClient:
    def __init__(self, config: VendorConfig) -> None:
        self._config = config
        self._session = requests.Session()
        self._session.headers.update({"Accept": "application/json", "User-Agent": "allotments-invoicing/2"})

    def _get(self, path: str, **params) -> dict:
        resp = self._session.get(f"{self._config.base_url}{path}", params=params, headers={"X-Api-Key": self._config.api_key}, timeout=self._config.timeout)
        resp.raise_for_status()
        return resp.json()

    def final_reading(self, meter_id: str, on: date) -> Decimal:
        data = self._get(f"/v1/meters/{meter_id}/readings", before=on.isoformat(), limit=1)
        items = data.get("items", [])
        if not items:
            raise LookupError(f"no reading for meter {meter_id} before {on}")
        return Decimal(str(items[0]["value_m3"]))

    def meters(self, account: str) -> Iterator[str]:
        cursor = None
        while True:
            params = {"account": account}
            if cursor:
                params["cursor"] = cursor
            page = self._get("/v1/meters", **params)
            for meter in page["items"]:
                yield meter["id"]
            cursor = page.get("next_cursor")
            if not cursor:
                return
