"""Nightly worker that pulls shop and bar sales from each park's till into the accounts ledger."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import date

import requests

log = logging.getLogger("shop.till_sync")


@dataclass(frozen=True)
class TillEndpoint:
    park_code: str
    base_url: str
    api_token: str


def endpoints_from_env(park_codes: list[str]) -> list[TillEndpoint]:
    return [
        TillEndpoint(
            park_code=code,
            base_url=os.environ[f"TILL_{code.upper()}_URL"],
            api_token=os.environ[f"TILL_{code.upper()}_TOKEN"],
        )
        for code in park_codes
    ]


class TillSync:
    def __init__(self, endpoint: TillEndpoint, ledger) -> None:
        self.endpoint = endpoint
        self.ledger = ledger
        self.session = requests.Session()
        self.session.headers.update(
            {"Authorization": f"Bearer {endpoint.api_token}", "Accept": "application/json"}
        )

    def _get(self, path: str, **params) -> dict:
        url = f"{self.endpoint.base_url.rstrip('/')}{path}"
        log.debug("GET %s params=%s headers=%s", url, params, dict(self.session.headers))
        resp = self.session.get(url, params=params, timeout=20)
        resp.raise_for_status()
        return resp.json()

    def run(self, business_day: date) -> int:
        payload = self._get("/api/v2/sales", day=business_day.isoformat())
        imported = 0
        for sale in payload.get("sales", []):
            self.ledger.post_sale(
                park=self.endpoint.park_code,
                sale_id=sale["id"],
                amount_pence=sale["total_pence"],
                vat_pence=sale.get("vat_pence", 0),
                department=sale.get("department", "shop"),
            )
            imported += 1
        log.info("imported %d sales for %s on %s", imported, self.endpoint.park_code, business_day)
        return imported
