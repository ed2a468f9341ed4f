"""Parse the wholesaler's XML price list for hire stock and spare parts."""
from decimal import Decimal

import requests
from lxml import etree

from wheelchairhire.config import settings
from wheelchairhire.purchasing import update_cost_price

FEED_PARSER = etree.XMLParser(
    resolve_entities=False, load_dtd=False, no_network=True, remove_comments=True
)


def fetch_feed(url: str = settings.SUPPLIER_PRICE_FEED_URL) -> bytes:
    resp = requests.get(url, timeout=60)
    resp.raise_for_status()
    return resp.content


def parse_prices(payload: bytes) -> dict[str, Decimal]:
    root = etree.fromstring(payload, parser=FEED_PARSER)
    prices: dict[str, Decimal] = {}
    for product in root.iter("product"):
        code = product.get("code")
        cost = product.findtext("tradePrice")
        if not code or cost is None:
            continue
        prices[code.strip()] = Decimal(cost.strip())
    return prices


def refresh_cost_prices() -> int:
    prices = parse_prices(fetch_feed())
    changed = 0
    for code, cost in prices.items():
        if update_cost_price(code, cost):
            changed += 1
    return changed
