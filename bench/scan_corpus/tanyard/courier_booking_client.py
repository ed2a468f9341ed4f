"""Client for the courier's booking API used to ship finished leather.

When an order of sides or butts is packed, the despatch clerk books a
collection; the courier returns a consignment reference and a label PDF.
"""
import logging
import os
from dataclasses import dataclass, field

import requests

log = logging.getLogger("tanyard.despatch.courier")


@dataclass
class CourierConfig:
    base_url: str = "https://api.parcelline.co.uk/v2"
    account_no: str = field(default_factory=lambda: os.environ.get("COURIER_ACCOUNT_NO", ""))
    api_token: str = field(default_factory=lambda: os.environ.get("COURIER_API_TOKEN", ""))
    timeout: float = 20.0


class CourierClient:
    def __init__(self, config: CourierConfig | None = None):
        self.config = config or CourierConfig()
        self.http = requests.Session()

    def _headers(self) -> dict:
        return {
            "Authorization": f"Bearer {self.config.api_token}",
            "X-Account": self.config.account_no,
            "Accept": "application/json",
        }

    def _post(self, path: str, payload: dict) -> dict:
        url = f"{self.config.base_url}{path}"
        headers = self._headers()
        log.debug("POST %s headers=%s payload=%s", url, headers, payload)
        resp = self.http.post(url, json=payload, headers=headers, timeout=self.config.timeout)
        resp.raise_for_status()
        return resp.json()

    def book_collection(self, order_no: str, parcels: list[dict], address: dict) -> str:
        body = {
            "reference": order_no,
            "service": "NEXT_DAY",
            "parcels": parcels,
            "delivery_address": address,
        }
        result = self._post("/consignments", body)
        log.info("Booked consignment %s for order %s", result["consignment_ref"], order_no)
        return result["consignment_ref"]

    def label_pdf(self, consignment_ref: str) -> bytes:
        url = f"{self.config.base_url}/consignments/{consignment_ref}/label"
        resp = self.http.get(url, headers=self._headers(), timeout=self.config.timeout)
        resp.raise_for_status()
        return resp.content
