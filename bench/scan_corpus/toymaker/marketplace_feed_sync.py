"""Pushes stock levels and prices for the wooden toy range to the craft marketplace listing API."""

import logging
from dataclasses import dataclass

import requests

from toyshop.catalogue import published_products

logger = logging.getLogger(__name__)

MARKETPLACE = {
    "base_url": "https://openapi.craftmarket.example/v3/application",
    "shop_id": "31877412",
    "client_id": "toymaker-workshop-feed",
    "api_key": "cm_live_7Qz2hV9kXp4LrT8sWb3NfY6dJc1MaE5u",
    "page_size": 50,
}


@dataclass
class ListingUpdate:
    listing_id: str
    quantity: int
    price_pence: int


class MarketplaceFeed:
    def __init__(self, config: dict = MARKETPLACE):
        self.config = config
        self.session = requests.Session()
        self.session.headers.update({
            "x-api-key": config["api_key"],
            "x-client-id": config["client_id"],
        })

    def _url(self, path: str) -> str:
        return f"{self.config['base_url']}/shops/{self.config['shop_id']}{path}"

    def push(self, update: ListingUpdate) -> None:
        response = self.session.patch(
            self._url(f"/listings/{update.listing_id}/inventory"),
            json={"quantity": update.quantity, "price": {"amount": update.price_pence, "divisor": 100}},
            timeout=20,
        )
        response.raise_for_status()

    def sync_all(self) -> int:
        count = 0
        for product in published_products():
            if not product.marketplace_listing_id:
                continue
            self.push(ListingUpdate(product.marketplace_listing_id, product.stock, product.price_pence))
            count += 1
        logger.info("pushed %d listings to marketplace", count)
        return count
