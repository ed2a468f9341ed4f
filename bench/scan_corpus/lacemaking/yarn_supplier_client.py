"""Client for the wholesale linen-thread supplier's ordering API."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SupplierSettings:
    base_url: str
    api_key: str
    timeout: float = 15.0
    verify_tls: bool = False

    @classmethod
    def from_env(cls) -> "SupplierSettings":
        return cls(
            base_url=os.environ["THREAD_SUPPLIER_URL"],
            api_key=os.environ["THREAD_SUPPLIER_API_KEY"],
            timeout=float(os.environ.get("THREAD_SUPPLIER_TIMEOUT", "15")),
        )


@dataclass
class ThreadLine:
    sku: str
    quantity: int
    unit_price: Decimal


class ThreadSupplierClient:
    def __init__(self, settings: SupplierSettings) -> None:
        self._settings = settings
        self._session = requests.Session()
        self._session.verify = settings.verify_tls
        self._session.headers.update({
            "Authorization": f"Bearer {settings.api_key}",
            "Accept": "application/json",
        })
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))
        self._session.mount("https://", HTTPAdapter(max_retries=retry))

    def _url(self, path: str) -> str:
        return f"{self._settings.base_url.rstrip('/')}/{path.lstrip('/')}"

    def stock_levels(self, skus: list[str]) -> dict[str, int]:
        resp = self._session.get(
            self._url("/stock"), params={"sku": ",".join(skus)}, timeout=self._settings.timeout
        )
        resp.raise_for_status()
        return {item["sku"]: int(item["available"]) for item in resp.json()["items"]}

    def place_order(self, lines: list[ThreadLine], reference: str) -> str:
        payload = {
            "reference": reference,
            "lines": [
                {"sku": ln.sku, "quantity": ln.quantity, "unit_price": str(ln.unit_price)}
                for ln in lines
            ],
        }
        resp = self._session.post(self._url("/orders"), json=payload, timeout=self._settings.timeout)
        resp.raise_for_status()
        order_id = resp.json()["order_id"]
        log.info("placed supplier order %s for reference %s (%d lines)", order_id, reference, len(lines))
        return order_id


def restock_low_items(client: ThreadSupplierClient, wanted: dict[str, int], prices: dict[str, Decimal]) -> str | None:
    levels = client.stock_levels(list(wanted))
    lines = [
        ThreadLine(sku, qty, prices[sku])
        for sku, qty in wanted.items()
        if qty > 0 and levels.get(sku, 0) >= qty
    ]
    if not lines:
        return None
    return client.place_order(lines, reference="auto-restock")
