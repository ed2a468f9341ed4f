"""Book pallet collections for wholesale willow orders.

When a basket maker's order is packed, the dispatch screen books a pallet
collection with the courier and stores the consignment number.
"""

import logging
import os
from dataclasses import dataclass, field

import requests

log = logging.getLogger("osierbed.dispatch.courier")


@dataclass
class CourierSettings:
    base_url: str = "https://api.pallet-network.co.uk/v2"
    api_key: str = field(default_factory=lambda: os.environ["COURIER_API_KEY"])
    account_no: str = field(default_factory=lambda: os.environ["COURIER_ACCOUNT_NO"])
    timeout: float = 15.0


class CourierClient:
    def __init__(self, settings: CourierSettings | None = None):
        self.settings = settings or CourierSettings()
        self.session = requests.Session()

    def _headers(self) -> dict:
        return {
            "Authorization": f"Bearer {self.settings.api_key}",
            "X-Account": self.settings.account_no,
            "Accept": "application/json",
        }

    def _post(self, path: str, payload: dict) -> dict:
        url = f"{self.settings.base_url}{path}"
        headers = self._headers()
        log.debug("POST %s headers=%s payload=%s", url, headers, payload)
        resp = self.session.post(url, json=payload, headers=headers, timeout=self.settings.timeout)
        resp.raise_for_status()
        return resp.json()

    def book_collection(
        self, order_ref: str, pallets: int, weight_kg: float, postcode: str, ready_date: str
    ) -> str:
        body = {
            "customer_reference": order_ref,
            "collection": {"postcode": postcode, "ready_date": ready_date},
            "pallets": [
                {"type": "half", "weight_kg": round(weight_kg / pallets, 1)}
                for _ in range(pallets)
            ],
        }
        result = self._post("/consignments", body)
        log.info("booked consignment %s for order %s", result["consignment_number"], order_ref)
        return result["consignment_number"]
