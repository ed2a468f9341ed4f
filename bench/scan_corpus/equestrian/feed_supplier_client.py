"""Client for the feed merchant's ordering API.

Hay, haylage, hard feed and bedding are reordered automatically when the
stock count in the feed room drops below the reorder level.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Dict, List

import requests

logger = logging.getLogger("yard.feed.supplier")


@dataclass
class SupplierConfig:
    base_url: str
    account_no: str
    api_key: str
    timeout: float = 20.0

    @classmethod
    def from_env(cls) -> "SupplierConfig":
        return cls(
            base_url=os.environ["FEED_SUPPLIER_URL"],
            account_no=os.environ["FEED_SUPPLIER_ACCOUNT"],
            api_key=os.environ["FEED_SUPPLIER_API_KEY"],
        )


@dataclass
class StockLine:
    product_code: str
    on_hand: int
    reorder_level: int
    reorder_qty: int


class FeedSupplierClient:
    def __init__(self, config: SupplierConfig) -> None:
        self.config = config
        self._session = requests.Session()
        self._session.headers["X-Api-Key"] = config.api_key
        logger.info("feed supplier client ready: %s", self.config)

    def place_order(self, lines: List[Dict[str, int | str]]) -> str:
        url = f"{self.config.base_url.rstrip('/')}/accounts/{self.config.account_no}/orders"
        response = self._session.post(url, json={"lines": lines}, timeout=self.config.timeout)
        response.raise_for_status()
        order_ref = response.json()["order_ref"]
        logger.info("placed feed order %s with %d lines", order_ref, len(lines))
        return order_ref


def reorder_low_stock(client: FeedSupplierClient, stock: List[StockLine]) -> str | None:
    lines = [
        {"product_code": s.product_code, "quantity": s.reorder_qty}
        for s in stock
        if s.on_hand <= s.reorder_level
    ]
    if not lines:
        logger.debug("no feed lines below reorder level")
        return None
    return client.place_order(lines)
