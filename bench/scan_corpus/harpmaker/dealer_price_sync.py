"""Publishes the current harp and string-set price list to the dealer portal API."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import requests
from sqlalchemy import create_engine, text

log = logging.getLogger("harpmaker.dealer_prices")


@dataclass(frozen=True)
class DealerPortalSettings:
    base_url: str
    token: str
    price_list: str = "trade"

    @classmethod
    def from_env(cls) -> "DealerPortalSettings":
        return cls(
            base_url=os.environ["DEALER_PORTAL_URL"].rstrip("/"),
            token=os.environ["DEALER_PORTAL_TOKEN"],
            price_list=os.environ.get("DEALER_PRICE_LIST", "trade"),
        )


def load_prices(engine) -> list[dict]:
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT sku, description, trade_price, rrp FROM price_list "
                "WHERE active ORDER BY sku"
            )
        ).all()
    return [
        {
            "sku": r.sku,
            "description": r.description,
            "trade_price": str(Decimal(r.trade_price).quantize(Decimal("0.01"))),
            "rrp": str(Decimal(r.rrp).quantize(Decimal("0.01"))),
        }
        for r in rows
    ]


def publish(cfg: DealerPortalSettings, prices: list[dict]) -> str:
    resp = requests.put(
        f"{cfg.base_url}/v2/price-lists/{cfg.price_list}",
        json={"currency": "EUR", "items": prices},
        headers={"Authorization": f"Bearer {cfg.token}"},
        timeout=20,
    )
    resp.raise_for_status()
    return resp.json()["revision"]


def main() -> int:
    logging.basicConfig(level=logging.INFO)
    cfg = DealerPortalSettings.from_env()
    engine = create_engine(os.environ["HARP_DB_URL"], pool_pre_ping=True)
    prices = load_prices(engine)
    if not prices:
        log.warning("price list is empty, not publishing")
        return 1
    revision = publish(cfg, prices)
    log.info("published %d prices to %s as revision %s", len(prices), cfg.price_list, revision)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
