"""Refresh the reed importer's published trade price list.

The importer publishes a CSV price list and, next to it, a .sha256 file with its
checksum. We download both, check the file arrived intact, and load the prices
used by the quoting tool for materials.
"""
from __future__ import annotations

import csv
import hashlib
import io
import logging
import os
from decimal import Decimal

import requests
from sqlalchemy import create_engine, text

log = logging.getLogger("quoting.prices")


class PriceListError(RuntimeError):
    pass


def fetch(url: str) -> bytes:
    resp = requests.get(url, timeout=30)
    resp.raise_for_status()
    return resp.content


def verified_price_list(base_url: str) -> bytes:
    body = fetch(f"{base_url}/trade-prices.csv")
    published = fetch(f"{base_url}/trade-prices.csv.sha256").decode().split()[0].lower()
    actual = hashlib.sha256(body).hexdigest()
    if actual != published:
        raise PriceListError(f"price list checksum mismatch: got {actual}, published {published}")
    return body


def parse(body: bytes) -> list[dict]:
    reader = csv.DictReader(io.StringIO(body.decode("utf-8-sig")))
    return [
        {
            "sku": row["sku"].strip(),
            "description": row["description"].strip(),
            "unit": row.get("unit", "bundle").strip(),
            "price": Decimal(row["price_gbp"]),
        }
        for row in reader
        if row.get("sku")
    ]


def refresh(database_url: str, base_url: str) -> int:
    items = parse(verified_price_list(base_url))
    engine = create_engine(database_url)
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM material_prices WHERE source = 'importer'"))
        conn.execute(
            text("INSERT INTO material_prices (sku, description, unit, price, source) "
                 "VALUES (:sku, :description, :unit, :price, 'importer')"),
            items,
        )
    log.info("loaded %d importer prices", len(items))
    return len(items)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    refresh(os.environ["QUOTING_DATABASE_URL"], os.environ["IMPORTER_PRICES_URL"].rstrip("/"))
