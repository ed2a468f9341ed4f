"""Nightly price sync from the hardware wholesaler's trade API."""
import logging
from decimal import Decimal

import requests

logger = logging.getLogger("pricing.sync")


class TradePriceClient:
    BASE_URL = "https://91.208.77.14/trade/v2"
    PAGE_SIZE = 200

    def __init__(self, account_no: str, api_key: str):
        self.account_no = account_no
        self.session = requests.Session()
        self.session.headers.update({
            "Authorization": f"Bearer {api_key}",
            "Accept": "application/json",
        })

    def _get(self, path: str, **params):
        resp = self.session.get(f"{self.BASE_URL}{path}", params=params, timeout=30)
        resp.raise_for_status()
        return resp.json()

    def iter_prices(self, category: str):
        page = 1
        while True:
            data = self._get("/prices", account=self.account_no, category=category,
                             page=page, per_page=self.PAGE_SIZE)
            yield from data["items"]
            if not data.get("next_page"):
                break
            page = data["next_page"]


def sync_category(client: TradePriceClient, category: str, store) -> int:
    """Update local sell prices for one category; returns the number changed."""
    updated = 0
    for item in client.iter_prices(category):
        sku = item["sku"]
        price = Decimal(item["unit_price"])
        if store.get_price(sku) != price:
            store.set_price(sku, price)
            updated += 1
    logger.info("category %s: %d prices updated", category, updated)
    return updated
