"""Fetch the weekly timber price list from the supplier's trade portal.

The portal is signed by the supplier's own CA; the CA certificate is shipped
with our deployment and passed to requests explicitly.
"""
from __future__ import annotations

import csv
import io
import logging
import os
from dataclasses import dataclass, field
from decimal import Decimal

import requests
from sqlalchemy import create_engine, text

log = logging.getLogger("supplier.prices")


@dataclass(frozen=True)
class FeedSettings:
    url: str = field(default_factory=lambda: os.environ["SUPPLIER_PRICE_FEED_URL"])
    ca_bundle: str = field(
        default_factory=lambda: os.environ.get(
            "SUPPLIER_CA_BUNDLE", "/etc/woodturning/certs/supplier-ca.pem"
        )
    )
    token: str = field(default_factory=lambda: os.environ["SUPPLIER_PORTAL_TOKEN"])
    db_url: str = field(default_factory=lambda: os.environ["SHOP_DATABASE_URL"])


@dataclass
class PriceRow:
    sku: str
    species: str
    unit: str
    price: Decimal


def fetch_prices(settings: FeedSettings) -> list[PriceRow]:
    resp = requests.get(
        settings.url,
        headers={"Authorization": f"Bearer {settings.token}"},
        verify=settings.ca_bundle,
        timeout=30,
    )
    resp.raise_for_status()
    reader = csv.DictReader(io.StringIO(resp.text))
    return [
        PriceRow(r["sku"], r["species"], r["unit"], Decimal(r["price_gbp"]))
        for r in reader
        if r.get("sku")
    ]


def apply_prices(rows: list[PriceRow], settings: FeedSettings) -> int:
    engine = create_engine(settings.db_url)
    with engine.begin() as conn:
        for row in rows:
            conn.execute(
                text(
                    "UPDATE supplier_prices SET price = :price, unit = :unit "
                    "WHERE sku = :sku"
                ),
                {"price": row.price, "unit": row.unit, "sku": row.sku},
            )
    return len(rows)


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    settings = FeedSettings()
    rows = fetch_prices(settings)
    updated = apply_prices(rows, settings)
    log.info("updated %d supplier prices", updated)


if __name__ == "__main__":
    main()
