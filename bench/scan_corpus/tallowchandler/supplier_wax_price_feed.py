"""Downloads the weekly wax and tallow price list published by our supplier."""
import csv
import hashlib
import io
from decimal import Decimal

import requests

from tallow.config import settings
from tallow.db import get_connection

FEED_URL = settings.SUPPLIER_PRICE_FEED_URL
CHECKSUM_URL = FEED_URL + ".sha256"


def fetch_feed(session: requests.Session | None = None) -> bytes:
    http = session or requests.Session()
    body = http.get(FEED_URL, timeout=30).content
    published = http.get(CHECKSUM_URL, timeout=30).text.split()[0].strip().lower()
    actual = hashlib.sha256(body).hexdigest()
    if actual != published:
        raise ValueError(f"price feed checksum mismatch: got {actual}, published {published}")
    return body


def parse_prices(body: bytes) -> dict[str, Decimal]:
    reader = csv.DictReader(io.StringIO(body.decode("utf-8-sig")))
    prices = {}
    for row in reader:
        prices[row["material_code"].strip()] = Decimal(row["price_per_kg"])
    return prices


def apply_prices(prices: dict[str, Decimal]) -> int:
    updated = 0
    with get_connection() as conn:
        for code, price in prices.items():
            cur = conn.execute(
                "UPDATE raw_materials SET cost_per_kg = ? WHERE code = ?",
                (str(price), code),
            )
            updated += cur.rowcount
    return updated


def refresh_supplier_prices() -> int:
    return apply_prices(parse_prices(fetch_feed()))
