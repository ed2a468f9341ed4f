"""Nightly import of the notions wholesaler's price feed.

Thread, needles, rotary blades and rulers are resold in the guild shop.
The wholesaler exposes a price feed behind an API key issued to the guild.
"""
import os
from decimal import Decimal

import requests

from quilter.shop.models import NotionPrice

FEED_URL_ENV = "NOTIONS_FEED_URL"
FEED_API_KEY_ENV = "NOTIONS_FEED_API_KEY"
FEED_TIMEOUT = 30
MARKUP = Decimal("1.35")


def _credentials() -> tuple[str, str]:
    url = os.environ.get(FEED_URL_ENV)
    key = os.environ.get(FEED_API_KEY_ENV)
    if not url or not key:
        raise RuntimeError(f"{FEED_URL_ENV} and {FEED_API_KEY_ENV} must be set")
    return url, key


def fetch_feed() -> list[dict]:
    url, key = _credentials()
    resp = requests.get(url, headers={"X-Api-Key": key}, timeout=FEED_TIMEOUT)
    resp.raise_for_status()
    return resp.json()["products"]


def retail_price(wholesale: str) -> Decimal:
    return (Decimal(wholesale) * MARKUP).quantize(Decimal("0.01"))


def import_feed() -> int:
    updated = 0
    for product in fetch_feed():
        NotionPrice.objects.update_or_create(
            sku=product["sku"],
            defaults={
                "name": product["name"],
                "wholesale": Decimal(product["price"]),
                "retail": retail_price(product["price"]),
                "in_stock": product.get("available", 0) > 0,
            },
        )
        updated += 1
    return updated
