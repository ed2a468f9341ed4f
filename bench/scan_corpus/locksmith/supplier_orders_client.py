"""Place replenishment orders for van stock with the wholesaler."""
import os
from dataclasses import asdict, dataclass

import requests


@dataclass
class OrderLine:
    sku: str
    qty: int


class SupplierOrders:
    def __init__(self, base_url: str | None = None, api_key: str | None = None):
        self.base_url = (base_url or os.environ["SUPPLIER_API_URL"]).rstrip("/")
        self.session = requests.Session()
        self.session.headers.update({
            "Authorization": f"Bearer {api_key or os.environ['SUPPLIER_API_KEY']}",
            "Content-Type": "application/json",
        })

    def place(self, van_id: str, branch: str, lines: list[OrderLine]) -> str:
        payload = {
            "deliver_to": branch,
            "reference": f"VAN-{van_id}",
            "lines": [asdict(line) for line in lines if line.qty > 0],
        }
        resp = self.session.post(f"{self.base_url}/orders", json=payload, timeout=30)
        resp.raise_for_status()
        return resp.json()["order_ref"]

    def status(self, order_ref: str) -> str:
        resp = self.session.get(f"{self.base_url}/orders/{order_ref}", timeout=15)
        resp.raise_for_status()
        return resp.json()["status"]
