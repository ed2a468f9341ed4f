"""Client for the kit supplier's ordering API (club kit and referee kit orders)."""
from __future__ import annotations

import logging
import os
import time

import requests

log = logging.getLogger("league.kit.supplier")

REDACTED_HEADERS = {"authorization", "x-api-key", "cookie"}


def _loggable_headers(headers) -> dict[str, str]:
    return {k: ("<redacted>" if k.lower() in REDACTED_HEADERS else v) for k, v in headers.items()}


class KitSupplierClient:
    def __init__(self, base_url: str, api_key: str | None = None):
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.headers["X-Api-Key"] = api_key or os.environ["KIT_SUPPLIER_API_KEY"]
        self.session.headers["Accept"] = "application/json"

    def _request(self, method: str, path: str, **kwargs) -> dict:
        started = time.monotonic()
        resp = self.session.request(method, f"{self.base_url}{path}", timeout=15, **kwargs)
        log.debug(
            "%s %s -> %s in %.0fms headers=%s",
            method,
            path,
            resp.status_code,
            (time.monotonic() - started) * 1000,
            _loggable_headers(resp.request.headers),
        )
        resp.raise_for_status()
        return resp.json()

    def place_order(self, club_id: int, items: list[dict], delivery_address: dict) -> str:
        order = self._request(
            "POST",
            "/orders",
            json={"customer_ref": f"club-{club_id}", "items": items, "ship_to": delivery_address},
        )
        log.info("kit order %s placed for club %s (%d lines)", order["id"], club_id, len(items))
        return order["id"]

    def order_status(self, order_id: str) -> str:
        return self._request("GET", f"/orders/{order_id}")["status"]
