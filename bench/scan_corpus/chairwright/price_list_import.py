"""Nightly import of the timber merchant's public trade price list (CSV + published checksum)."""
import csv
import hashlib
import io
import logging
from decimal import Decimal

import requests

log = logging.getLogger("stock.prices")

PRICE_LIST_URL = "https://trade.greenwoodtimber.co.uk/prices/current.csv"
CHECKSUM_URL = PRICE_LIST_URL + ".sha256"


class PriceListError(RuntimeError):
    pass


def fetch(session: requests.Session) -> bytes:
    body = session.get(PRICE_LIST_URL, timeout=30)
    body.raise_for_status()
    published = session.get(CHECKSUM_URL, timeout=30)
    published.raise_for_status()
    expected = published.text.split()[0].strip().lower()
    actual = hashlib.sha256(body.content).hexdigest()
    if actual != expected:
        raise PriceListError(f"price list checksum mismatch: {actual} != {expected}")
    return body.content


def parse(raw: bytes) -> dict[tuple[str, str], Decimal]:
    reader = csv.DictReader(io.StringIO(raw.decode("utf-8-sig")))
    prices = {}
    for row in reader:
        key = (row["species"].strip().lower(), row["grade"].strip().upper())
        prices[key] = Decimal(row["price_per_cube"])
    return prices


def run(conn) -> int:
    with requests.Session() as session:
        prices = parse(fetch(session))
    with conn:
        conn.executemany(
            "INSERT INTO timber_prices (species, grade, price_per_cube) VALUES (?, ?, ?) "
            "ON CONFLICT (species, grade) DO UPDATE SET price_per_cube = excluded.price_per_cube",
            [(s, g, str(p)) for (s, g), p in prices.items()],
        )
    log.info("imported %d timber prices", len(prices))
    return len(prices)
