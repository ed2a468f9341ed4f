"""Weekly game price feed from the licensed game dealer.

The dealer publishes a CSV of prices per head (pheasant, partridge, duck,
woodcock) together with a SHA-256 sidecar file. The feed is downloaded,
checked against the sidecar and loaded into the price table used for bag
valuation.
"""
import csv
import hashlib
import io
from decimal import Decimal

import requests

from gamekeeper.config import settings
from gamekeeper.pricing import PriceTable

FEED_URL = settings.DEALER_PRICE_FEED_URL
TIMEOUT = (5, 30)


class FeedIntegrityError(Exception):
    pass


def _fetch(url: str) -> bytes:
    response = requests.get(url, timeout=TIMEOUT)
    response.raise_for_status()
    return response.content


def download_feed() -> bytes:
    content = _fetch(FEED_URL)
    published = _fetch(FEED_URL + ".sha256").decode().split()[0].strip().lower()
    actual = hashlib.sha256(content).hexdigest()
    if actual != published:
        raise FeedIntegrityError(f"checksum mismatch: got {actual}, expected {published}")
    return content


def parse_prices(content: bytes) -> dict:
    reader = csv.DictReader(io.StringIO(content.decode("utf-8")))
    return {
        row["species"].strip().lower(): Decimal(row["price_per_head"])
        for row in reader
        if row.get("species")
    }


def refresh_price_table(table: PriceTable) -> int:
    prices = parse_prices(download_feed())
    for species, price in prices.items():
        table.upsert(species, price)
    return len(prices)
