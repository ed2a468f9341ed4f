"""Nightly price sync with the hub-and-box supplier.

Pulls the supplier's current prices for cast boxes, elm hub blanks and axle
arms and updates the quoting price book. The supplier issues an API token per
trade account.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from decimal import Decimal

import requests
from sqlalchemy import create_engine, text

log = logging.getLogger("suppliers.hubs")


def mask(secret: str, keep: int = 4) -> str:
    if len(secret) <= keep:
        return "*" * len(secret)
    return "*" * (len(secret) - keep) + secret[-keep:]


@dataclass(frozen=True)
class HubSupplierConfig:
    base_url: str
    account: str
    token: str = field(repr=False)

    @classmethod
    def from_env(cls) -> "HubSupplierConfig":
        return cls(os.environ["HUB_SUPPLIER_URL"], os.environ["HUB_SUPPLIER_ACCOUNT"],
                   os.environ["HUB_SUPPLIER_TOKEN"])


def fetch_prices(cfg: HubSupplierConfig) -> list[dict]:
    log.info("Fetching hub prices for account %s (token %s)", cfg.account, mask(cfg.token))
    resp = requests.get(
        f"{cfg.base_url}/v1/prices",
        headers={"Authorization": f"Token {cfg.token}"},
        params={"account": cfg.account, "category": "hubs"},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["items"]


def update_price_book(engine, items: list[dict]) -> int:
    changed = 0
    with engine.begin() as conn:
        for item in items:
            result = conn.execute(
                text("UPDATE price_book SET unit_price = :p, updated_at = now() "
                     "WHERE supplier = 'HUBCO' AND sku = :sku AND unit_price <> :p"),
                {"p": Decimal(str(item["price"])), "sku": item["sku"]},
            )
            changed += result.rowcount
    return changed


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    cfg = HubSupplierConfig.from_env()
    engine = create_engine(os.environ["WORKSHOP_DATABASE_URL"])
    items = fetch_prices(cfg)
    changed = update_price_book(engine, items)
    log.info("Price sync done: %d items received, %d prices changed", len(items), changed)


if __name__ == "__main__":
    main()
