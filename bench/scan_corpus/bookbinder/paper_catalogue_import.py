"""Nightly import of the paper mill's public trade price list.

Our handmade and mould-made paper supplier publishes its trade catalogue as
a CSV next to a SHA256SUMS file. Prices are only reloaded when the download
matches the published checksum, so a truncated transfer never wipes the
paper stock prices.
"""
import csv
import hashlib
import io
import os
from decimal import Decimal

import requests
from sqlalchemy import create_engine, text

CATALOGUE_URL = "https://trade.example-papermill.co.uk/catalogue/prices.csv"
SUMS_URL = "https://trade.example-papermill.co.uk/catalogue/SHA256SUMS"


def published_checksum(session: requests.Session, filename: str = "prices.csv") -> str:
    resp = session.get(SUMS_URL, timeout=30)
    resp.raise_for_status()
    for line in resp.text.splitlines():
        digest, _, name = line.partition("  ")
        if name.strip() == filename:
            return digest.strip().lower()
    raise LookupError(f"{filename} not listed in SHA256SUMS")


def fetch_catalogue(session: requests.Session) -> bytes:
    resp = session.get(CATALOGUE_URL, timeout=60)
    resp.raise_for_status()
    return resp.content


def import_prices(database_url: str) -> int:
    with requests.Session() as session:
        body = fetch_catalogue(session)
        expected = published_checksum(session)
    actual = hashlib.sha256(body).hexdigest()
    if actual != expected:
        raise RuntimeError(f"catalogue checksum mismatch: got {actual}, expected {expected}")
    updated = 0
    engine = create_engine(database_url)
    with engine.begin() as conn:
        for row in csv.DictReader(io.StringIO(body.decode("utf-8"))):
            updated += conn.execute(
                text("UPDATE paper_stock SET unit_price = :price WHERE supplier_sku = :sku"),
                {"price": Decimal(row["trade_price"]), "sku": row["sku"]},
            ).rowcount
    return updated


if __name__ == "__main__":
    print(f"updated {import_prices(os.environ['STOCK_DATABASE_URL'])} paper prices")
