"""Places replenishment orders with the ceramic tile wholesaler.

The wholesaler issues each trade customer an API key for its own order
API; the key is read from the environment at startup.
"""
import os
from dataclasses import dataclass

import requests

WHOLESALER_API = os.environ.get("WHOLESALER_API_URL", "https://trade.tilewholesale.example/api")


@dataclass(frozen=True)
class WholesalerCredentials:
    account: str
    api_key: str

    @classmethod
    def load(cls) -> "WholesalerCredentials":
        return cls(account=os.environ["WHOLESALER_ACCOUNT"], api_key=os.environ["WHOLESALER_API_KEY"])


class WholesalerOrders:
    def __init__(self, creds: WholesalerCredentials | None = None):
        self.creds = creds or WholesalerCredentials.load()
        self.http = requests.Session()
        self.http.headers["X-Api-Key"] = self.creds.api_key

    def reorder(self, sku: str, boxes: int, reference: str) -> dict:
        resp = self.http.post(
            f"{WHOLESALER_API}/accounts/{self.creds.account}/orders",
            json={"sku": sku, "boxes": boxes, "customer_reference": reference},
            timeout=20,
        )
        resp.raise_for_status()
        return resp.json()

    def order_status(self, order_id: str) -> str:
        resp = self.http.get(f"{WHOLESALER_API}/orders/{order_id}", timeout=20)
        resp.raise_for_status()
        return resp.json()["status"]


def replenish(low_lines: list[tuple[str, int]], run_ref: str) -> list[str]:
    client = WholesalerOrders()
    return [client.reorder(sku, boxes, f"{run_ref}-{sku}")["order_id"] for sku, boxes in low_lines]
