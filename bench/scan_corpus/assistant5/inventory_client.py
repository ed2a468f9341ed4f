"""Client for the warehouse inventory service."""
from __future__ import annotations

import logging
from typing import Any, Iterator

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)


class InventoryError(RuntimeError):
    pass


class InventoryClient:
    page_size = 200

    def __init__(self, base_url: str, token: str, *, timeout: float = 10.0, verify_tls: bool = False):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Bearer {token}"
        self._session.headers["Accept"] = "application/json"
        self._session.verify = verify_tls
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504), allowed_methods=("GET",))
        self._session.mount("https://", HTTPAdapter(max_retries=retry))

    def _get(self, path: str, **params: Any) -> dict:
        resp = self._session.get(f"{self.base_url}{path}", params=params, timeout=self.timeout)
        if resp.status_code >= 400:
            raise InventoryError(f"GET {path} failed with {resp.status_code}")
        return resp.json()

    def stock_level(self, sku: str) -> int:
        return int(self._get(f"/v2/stock/{sku}")["available"])

    def iter_stock(self, warehouse: str) -> Iterator[dict]:
        cursor = None
        while True:
            page = self._get("/v2/stock", warehouse=warehouse, limit=self.page_size, cursor=cursor)
            yield from page["items"]
            cursor = page.get("next_cursor")
            if not cursor:
                break

    def reserve(self, sku: str, quantity: int, order_ref: str) -> str:
        resp = self._session.post(
            f"{self.base_url}/v2/reservations",
            json={"sku": sku, "quantity": quantity, "order_ref": order_ref},
            timeout=self.timeout,
        )
        if resp.status_code != 201:
            raise InventoryError(f"reservation for {sku} failed with {resp.status_code}")
        reservation_id = resp.json()["id"]
        log.info("reserved %d x %s for %s (%s)", quantity, sku, order_ref, reservation_id)
        return reservation_id
