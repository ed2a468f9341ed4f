"""Client for the wholesale catalogue API of our tree and pot suppliers.

Pulls price lists and stock levels every night so the shop can show
"available to order" for trees that are not on the nursery benches.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import httpx

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SupplierApiSettings:
    base_url: str
    api_key: str
    timeout_s: float = 20.0
    verify_tls: bool = False

    @classmethod
    def from_env(cls) -> "SupplierApiSettings":
        return cls(
            base_url=os.environ["SUPPLIER_API_URL"],
            api_key=os.environ["SUPPLIER_API_KEY"],
            timeout_s=float(os.environ.get("SUPPLIER_API_TIMEOUT", "20")),
        )


@dataclass
class CatalogueItem:
    sku: str
    species: str
    pot_size_cm: int
    price: Decimal
    in_stock: int


class SupplierCatalogClient:
    def __init__(self, settings: SupplierApiSettings):
        self._settings = settings
        self._client = httpx.Client(
            base_url=settings.base_url,
            headers={"Authorization": f"Bearer {settings.api_key}"},
            timeout=settings.timeout_s,
            verify=settings.verify_tls,
        )

    def close(self) -> None:
        self._client.close()

    def _get(self, path: str, **params) -> dict:
        resp = self._client.get(path, params=params)
        resp.raise_for_status()
        return resp.json()

    def catalogue(self, category: str = "trees") -> list[CatalogueItem]:
        items: list[CatalogueItem] = []
        page = 1
        while True:
            data = self._get("/v2/catalogue", category=category, page=page)
            for raw in data["items"]:
                items.append(
                    CatalogueItem(
                        sku=raw["sku"],
                        species=raw["species"],
                        pot_size_cm=int(raw.get("pot_cm", 0)),
                        price=Decimal(str(raw["price"])),
                        in_stock=int(raw["stock"]),
                    )
                )
            if not data.get("next_page"):
                break
            page += 1
        log.info("fetched %d %s items from supplier", len(items), category)
        return items


def nightly_sync() -> list[CatalogueItem]:
    client = SupplierCatalogClient(SupplierApiSettings.from_env())
    try:
        return client.catalogue("trees") + client.catalogue("pots")
    finally:
        client.close()
