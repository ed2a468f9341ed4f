"""Client for the isotope supplier's ordering API.

Places next-day orders for Tc-99m generators, I-131 capsules and F-18
FDG unit doses, and polls the order status until the supplier confirms.
"""
import logging
import os
import time
from dataclasses import dataclass
from datetime import date
from typing import Optional

import requests

log = logging.getLogger("nm.supplier_client")


@dataclass
class TracerOrder:
    product_code: str
    activity_mbq: float
    calibration_date: date
    calibration_time: str
    delivery_site: str


class SupplierClient:
    def __init__(self, base_url: str, api_key: str, ca_bundle: Optional[str] = None,
                 timeout: float = 15.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update({
            "Authorization": f"Bearer {api_key}",
            "Accept": "application/json",
            "User-Agent": "nm-dept-ordering/2.3",
        })
        if ca_bundle:
            self.session.verify = ca_bundle
        log.debug("supplier session ready base=%s headers=%s", self.base_url,
                  dict(self.session.headers))

    @classmethod
    def from_env(cls) -> "SupplierClient":
        return cls(
            base_url=os.environ["SUPPLIER_API_URL"],
            api_key=os.environ["SUPPLIER_API_KEY"],
            ca_bundle=os.environ.get("SUPPLIER_CA_BUNDLE"),
        )

    def place_order(self, order: TracerOrder) -> str:
        resp = self.session.post(
            f"{self.base_url}/v2/orders",
            json={
                "product": order.product_code,
                "activity_mbq": round(order.activity_mbq, 1),
                "calibration": f"{order.calibration_date.isoformat()}T{order.calibration_time}",
                "site": order.delivery_site,
            },
            timeout=self.timeout,
        )
        resp.raise_for_status()
        order_id = resp.json()["order_id"]
        log.info("placed %s order %s (%.1f MBq)", order.product_code, order_id, order.activity_mbq)
        return order_id

    def wait_for_confirmation(self, order_id: str, attempts: int = 10, delay: float = 30.0) -> dict:
        for _ in range(attempts):
            resp = self.session.get(f"{self.base_url}/v2/orders/{order_id}", timeout=self.timeout)
            resp.raise_for_status()
            body = resp.json()
            if body.get("status") in {"confirmed", "rejected"}:
                return body
            time.sleep(delay)
        raise TimeoutError(f"order {order_id} not confirmed after {attempts} polls")
