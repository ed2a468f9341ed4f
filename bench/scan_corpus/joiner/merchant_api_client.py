"""HTTP client for the timber merchant's ordering API.

Wraps requests with request/response logging so purchase orders for boards
and sheet material can be traced when the merchant disputes a delivery.
"""
import logging
import os
import time
from typing import Any

import requests

log = logging.getLogger("merchant-api")

SENSITIVE_HEADERS = {"authorization", "x-api-key", "cookie"}


def _redact_headers(headers: dict[str, str]) -> dict[str, str]:
    return {
        name: ("***" if name.lower() in SENSITIVE_HEADERS else value)
        for name, value in headers.items()
    }


class MerchantClient:
    def __init__(self, base_url: str | None = None, api_key: str | None = None):
        self.base_url = (base_url or os.environ["MERCHANT_API_URL"]).rstrip("/")
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {api_key or os.environ['MERCHANT_API_KEY']}"
        self.session.headers["Accept"] = "application/json"

    def _request(self, method: str, path: str, **kwargs: Any) -> dict:
        url = f"{self.base_url}{path}"
        started = time.monotonic()
        resp = self.session.request(method, url, timeout=30, **kwargs)
        log.info(
            "%s %s -> %s in %.0f ms headers=%s",
            method,
            url,
            resp.status_code,
            (time.monotonic() - started) * 1000,
            _redact_headers(dict(resp.request.headers)),
        )
        resp.raise_for_status()
        return resp.json()

    def place_order(self, po_number: str, lines: list[dict], delivery_date: str) -> str:
        body = {"po": po_number, "lines": lines, "delivery_date": delivery_date}
        result = self._request("POST", "/orders", json=body)
        log.info("PO %s accepted as merchant order %s", po_number, result["order_id"])
        return result["order_id"]

    def order_status(self, merchant_order_id: str) -> dict:
        return self._request("GET", f"/orders/{merchant_order_id}")

    def price_list(self, species: str) -> list[dict]:
        return self._request("GET", "/prices", params={"species": species})["items"]
