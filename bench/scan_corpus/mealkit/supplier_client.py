"""Thin client for the produce wholesaler's ordering API."""
from __future__ import annotations

import logging
import os
from typing import Any

import requests

log = logging.getLogger("purchasing.supplier_client")


class SupplierAPIError(RuntimeError):
    pass


class SupplierClient:
    def __init__(self, base_url: str, token: str | None = None, timeout: float = 15.0) -> None:
        self.base_url = base_url.rstrip("/")
        self._token = token or os.environ["WHOLESALER_API_TOKEN"]
        self.timeout = timeout
        self._session = requests.Session()

    def _request(self, method: str, path: str, **kwargs: Any) -> dict:
        headers = {
            "Authorization": f"Bearer {self._token}",
            "Accept": "application/json",
            **kwargs.pop("headers", {}),
        }
        url = f"{self.base_url}{path}"
        log.debug("-> %s %s headers=%s", method, url, headers)
        resp = self._session.request(method, url, headers=headers, timeout=self.timeout, **kwargs)
        log.debug("<- %s %s %s", method, url, resp.status_code)
        if resp.status_code >= 400:
            raise SupplierAPIError(f"{method} {path} failed with {resp.status_code}")
        return resp.json()

    def availability(self, skus: list[str], delivery_date: str) -> dict:
        return self._request(
            "GET", "/v2/availability", params={"sku": skus, "date": delivery_date}
        )

    def submit_order(self, po_number: str, lines: list[dict]) -> dict:
        return self._request(
            "POST",
            "/v2/orders",
            json={"reference": po_number, "lines": lines},
            headers={"Idempotency-Key": po_number},
        )
