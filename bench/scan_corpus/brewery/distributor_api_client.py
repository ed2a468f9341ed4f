"""Thin client for the HopRoute distributor ordering API.

Used by the nightly sync to pull new wholesale orders and push stock
availability for each SKU.
"""
from __future__ import annotations

import logging
from typing import Iterator

import httpx

log = logging.getLogger(__name__)

HOPROUTE_API_KEY = "hr_live_7f3c9a2e5b14d8806c1f4ae2935b7d10"
DEFAULT_TIMEOUT = httpx.Timeout(20.0, connect=5.0)


class HopRouteClient:
    def __init__(self, base_url: str, api_key: str = HOPROUTE_API_KEY):
        self._client = httpx.Client(
            base_url=base_url,
            headers={"X-Api-Key": api_key, "Accept": "application/json"},
            timeout=DEFAULT_TIMEOUT,
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "HopRouteClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def iter_orders(self, since: str) -> Iterator[dict]:
        cursor = None
        while True:
            params = {"updated_since": since, "limit": 100}
            if cursor:
                params["cursor"] = cursor
            resp = self._client.get("/v2/orders", params=params)
            resp.raise_for_status()
            page = resp.json()
            yield from page["data"]
            cursor = page.get("next_cursor")
            if not cursor:
                break

    def push_availability(self, sku: str, cases: int, kegs: int) -> None:
        resp = self._client.put(
            f"/v2/inventory/{sku}", json={"cases_available": cases, "kegs_available": kegs}
        )
        resp.raise_for_status()
        log.info("pushed availability for %s: %d cases, %d kegs", sku, cases, kegs)
