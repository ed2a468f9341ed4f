"""Nightly import of the paper merchant's XML price list.

The merchant publishes an XML feed of sheet prices per stock and grammage;
the estimator uses it to refresh material costs.
"""
from decimal import Decimal

import httpx
from lxml import etree

from printshop.config import settings
from printshop.estimating import upsert_stock_price

FEED_PARSER = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True)


def fetch_feed() -> bytes:
    resp = httpx.get(
        settings.MERCHANT_PRICE_FEED_URL,
        headers={"Authorization": f"Bearer {settings.MERCHANT_API_KEY}"},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.content


def parse_feed(payload: bytes) -> list[dict]:
    root = etree.fromstring(payload, parser=FEED_PARSER)
    rows = []
    for item in root.iterfind(".//Stock"):
        rows.append(
            {
                "sku": item.findtext("Sku"),
                "name": item.findtext("Name"),
                "gsm": int(item.findtext("Grammage")),
                "sheet_size": item.findtext("SheetSize"),
                "price_per_thousand": Decimal(item.findtext("PricePerThousand")),
            }
        )
    return rows


def run_import() -> int:
    rows = parse_feed(fetch_feed())
    for row in rows:
        upsert_stock_price(**row)
    return len(rows)


if __name__ == "__main__":
    print(f"imported {run_import()} stock prices")
