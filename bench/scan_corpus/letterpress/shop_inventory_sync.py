"""Pushes card and print stock levels from the studio inventory to the Shopify storefront."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Iterable

import requests

log = logging.getLogger("shop.sync")

API_VERSION = "2024-04"


@dataclass(frozen=True)
class StoreConfig:
    shop: str
    token: str
    location_id: int

    @classmethod
    def from_env(cls) -> "StoreConfig":
        return cls(
            shop=os.environ["SHOPIFY_SHOP"],
            token=os.environ["SHOPIFY_ADMIN_TOKEN"],
            location_id=int(os.environ["SHOPIFY_LOCATION_ID"]),
        )

    @property
    def base_url(self) -> str:
        return f"https://{self.shop}.myshopify.com/admin/api/{API_VERSION}"


def _session(config: StoreConfig) -> requests.Session:
    s = requests.Session()
    s.headers.update({"X-Shopify-Access-Token": config.token, "Content-Type": "application/json"})
    return s


def push_levels(levels: Iterable[tuple[int, int]], config: StoreConfig | None = None) -> int:
    """levels: (inventory_item_id, available) pairs from the studio stock table."""
    config = config or StoreConfig.from_env()
    updated = 0
    with _session(config) as s:
        for item_id, available in levels:
            resp = s.post(
                f"{config.base_url}/inventory_levels/set.json",
                json={
                    "location_id": config.location_id,
                    "inventory_item_id": item_id,
                    "available": max(0, available),
                },
                timeout=15,
            )
            if resp.status_code == 429:
                log.warning("rate limited by storefront at item %s, stopping this run", item_id)
                break
            resp.raise_for_status()
            updated += 1
    log.info("pushed %d stock level(s) to %s", updated, config.shop)
    return updated
