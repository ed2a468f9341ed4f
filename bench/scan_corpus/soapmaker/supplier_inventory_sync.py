"""Hourly sync of the supplier's stock levels into our purchasing database."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from decimal import Decimal

import requests
from sqlalchemy import create_engine, text

log = logging.getLogger("supplier_sync")


@dataclass(frozen=True)
class SyncConfig:
    api_url: str
    api_token: str = field(repr=False)
    database_url: str = field(repr=False)

    @classmethod
    def from_env(cls) -> "SyncConfig":
        return cls(
            api_url=os.environ["SUPPLIER_API_URL"].rstrip("/"),
            api_token=os.environ["SUPPLIER_API_TOKEN"],
            database_url=os.environ["PURCHASING_DATABASE_URL"],
        )


def fetch_stock(cfg: SyncConfig) -> list[dict]:
    items: list[dict] = []
    url = f"{cfg.api_url}/v1/stock"
    with requests.Session() as http:
        http.headers["Authorization"] = f"Bearer {cfg.api_token}"
        while url:
            resp = http.get(url, params={"page_size": 200}, timeout=30)
            resp.raise_for_status()
            body = resp.json()
            items.extend(body["items"])
            url = body.get("next")
    return items


def store_stock(cfg: SyncConfig, items: list[dict]) -> int:
    engine = create_engine(cfg.database_url)
    with engine.begin() as conn:
        for item in items:
            conn.execute(
                text(
                    "UPDATE ingredients SET supplier_stock_kg = :kg, supplier_synced_at = now() "
                    "WHERE supplier_sku = :sku"
                ),
                {"kg": Decimal(str(item["available_kg"])), "sku": item["sku"]},
            )
    engine.dispose()
    return len(items)


def main() -> int:
    cfg = SyncConfig.from_env()
    try:
        items = fetch_stock(cfg)
    except requests.RequestException as exc:
        log.error("supplier stock fetch failed: %s", exc.__class__.__name__)
        return 1
    count = store_stock(cfg, items)
    log.info("synced stock for %d supplier SKUs from %s", count, cfg.api_url)
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    raise SystemExit(main())
