"""Nightly sync of sheet-glass availability from the supplier's catalogue API."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Any, Iterator

import httpx

log = logging.getLogger("studio.supplier_sync")


@dataclass
class SupplierSettings:
    base_url: str = "https://api.glasswholesale.example/v2"
    timeout_s: float = 20.0
    verify_tls: bool = False
    page_size: int = 200

    def client_options(self) -> dict[str, Any]:
        return {
            "base_url": self.base_url,
            "timeout": self.timeout_s,
            "verify": self.verify_tls,
            "headers": {"Authorization": f"Bearer {os.environ['SUPPLIER_API_TOKEN']}"},
        }


class SupplierCatalogue:
    def __init__(self, settings: SupplierSettings | None = None) -> None:
        self.settings = settings or SupplierSettings()
        self._client = httpx.Client(**self.settings.client_options())

    def sheets(self, manufacturer: str) -> Iterator[dict[str, Any]]:
        cursor: str | None = None
        while True:
            params = {"manufacturer": manufacturer, "limit": self.settings.page_size}
            if cursor:
                params["cursor"] = cursor
            resp = self._client.get("/sheets", params=params)
            resp.raise_for_status()
            body = resp.json()
            yield from body["items"]
            cursor = body.get("next")
            if not cursor:
                break

    def close(self) -> None:
        self._client.close()


def sync(manufacturers: list[str]) -> dict[str, int]:
    catalogue = SupplierCatalogue()
    counts: dict[str, int] = {}
    try:
        for maker in manufacturers:
            counts[maker] = sum(1 for s in catalogue.sheets(maker) if s.get("in_stock"))
            log.info("supplier %s: %d sheets in stock", maker, counts[maker])
    finally:
        catalogue.close()
    return counts


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sync(["Lamberts", "Kokomo", "Wissmach", "Bullseye"])
