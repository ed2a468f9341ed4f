"""Places restocking orders with the gold leaf supplier's trade API.

Triggered by the nightly stock job when a leaf type (e.g. 23.75ct double,
22ct transfer, moon gold) falls below its reorder level.
"""
import logging
import os
from dataclasses import dataclass

import httpx

logger = logging.getLogger("stock.supplier")

SUPPLIER_API = os.environ.get("LEAF_SUPPLIER_URL", "https://trade.goldbeaters.example/api")


def mask(value: str, keep: int = 4) -> str:
    if len(value) <= keep:
        return "*" * len(value)
    return "*" * (len(value) - keep) + value[-keep:]


@dataclass
class ReorderLine:
    sku: str
    description: str
    booklets: int


class SupplierOrderClient:
    def __init__(self, api_key: str | None = None) -> None:
        self._api_key = api_key or os.environ["LEAF_SUPPLIER_API_KEY"]
        self._client = httpx.Client(
            base_url=SUPPLIER_API,
            headers={"X-Api-Key": self._api_key},
            timeout=15.0,
        )
        logger.info("supplier client ready for %s (key %s)", SUPPLIER_API, mask(self._api_key))

    def place_order(self, account_no: str, lines: list[ReorderLine]) -> str:
        body = {
            "account": account_no,
            "lines": [{"sku": l.sku, "qty": l.booklets} for l in lines],
        }
        resp = self._client.post("/orders", json=body)
        if resp.is_error:
            logger.error("order for %s rejected: %s %s", account_no,
                         resp.status_code, resp.text[:200])
            resp.raise_for_status()
        order_id = resp.json()["order_id"]
        logger.info("placed order %s: %s", order_id,
                    ", ".join(f"{l.booklets}x {l.sku}" for l in lines))
        return order_id

    def close(self) -> None:
        self._client.close()
