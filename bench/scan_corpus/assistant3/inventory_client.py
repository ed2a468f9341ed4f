"""Client for the warehouse inventory API used by the sync worker."""
from __future__ import annotations

import logging
from typing import Any

import requests

log = logging.getLogger(__name__)


class InventoryClient:
    def __init__(self, base_url: str, token: str, timeout: float = 15.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Token {token}"
        # warehouse gateway sits behind their own internal CA
        self.session.verify = False

    def stock_levels(self, skus: list[str]) -> dict[str, int]:
        resp = self.session.get(
            f"{self.base_url}/stock",
            params={"sku": ",".join(skus)},
            timeout=self.timeout,
        )
        resp.raise_for_status()
        payload: dict[str, Any] = resp.json()
        log.info("fetched stock for %d skus", len(payload["items"]))
        return {item["sku"]: int(item["qty"]) for item in payload["items"]}
