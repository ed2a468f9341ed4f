"""Place moulding and glass orders with the wholesale supplier's trade API."""
import logging
import os
from dataclasses import asdict, dataclass
from typing import List

import requests

log = logging.getLogger("framer.supplier")

SUPPLIER_API = "https://trade.mouldingsupply.example/api/v3"


@dataclass
class OrderItem:
    sku: str
    quantity: float
    unit: str  # "m" for moulding, "sheet" for glass and board


class SupplierClient:
    def __init__(self, account_no: str, api_token: str, session: requests.Session = None):
        self.account_no = account_no
        self.session = session or requests.Session()
        self.session.headers.update(
            {"Authorization": f"Bearer {api_token}", "Accept": "application/json"}
        )

    @classmethod
    def from_env(cls) -> "SupplierClient":
        return cls(os.environ["SUPPLIER_ACCOUNT_NO"], os.environ["SUPPLIER_API_TOKEN"])

    def _post(self, path: str, body: dict) -> dict:
        resp = self.session.post(f"{SUPPLIER_API}{path}", json=body, timeout=30)
        if not resp.ok:
            log.error(
                "supplier call %s failed with %s; request headers=%s body=%s",
                path, resp.status_code, dict(resp.request.headers), resp.text[:500],
            )
            resp.raise_for_status()
        return resp.json()

    def place_order(self, items: List[OrderItem], deliver_by: str) -> str:
        body = {
            "account": self.account_no,
            "deliver_by": deliver_by,
            "lines": [asdict(i) for i in items],
        }
        return self._post("/orders", body)["order_number"]

    def order_status(self, order_number: str) -> str:
        resp = self.session.get(f"{SUPPLIER_API}/orders/{order_number}", timeout=30)
        resp.raise_for_status()
        return resp.json()["status"]
