"""Client for the pipe-metal supplier's ordering API.

The workshop orders cast spotted-metal and tin sheet, zinc for bass pipes and
lead for weights from its metal supplier. This client places orders and polls
their status for the workshop stock screen.
"""
import logging
import os
from dataclasses import dataclass, field

import requests

log = logging.getLogger("workshop.metal_supplier")


@dataclass
class SupplierConfig:
    base_url: str = "https://api.castmetals-supply.co.uk/v2"
    account_ref: str = field(default_factory=lambda: os.environ["METAL_SUPPLIER_ACCOUNT"])
    api_token: str = field(default_factory=lambda: os.environ["METAL_SUPPLIER_TOKEN"])
    timeout: float = 30.0


class MetalSupplierClient:
    def __init__(self, config: SupplierConfig | None = None):
        self.config = config or SupplierConfig()
        self.session = requests.Session()

    def _headers(self) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {self.config.api_token}",
            "X-Account-Ref": self.config.account_ref,
            "Accept": "application/json",
        }

    def _request(self, method: str, path: str, **kwargs) -> dict:
        url = f"{self.config.base_url}{path}"
        headers = self._headers()
        resp = self.session.request(method, url, headers=headers, timeout=self.config.timeout, **kwargs)
        if resp.status_code >= 400:
            log.warning(
                "supplier call failed: %s %s -> %s, sent headers=%s",
                method, url, resp.status_code, headers,
            )
            resp.raise_for_status()
        return resp.json()

    def place_order(self, alloy: str, thickness_mm: float, sheets: int, note: str = "") -> str:
        payload = {
            "alloy": alloy,
            "thickness_mm": thickness_mm,
            "sheet_count": sheets,
            "customer_note": note,
        }
        data = self._request("POST", "/orders", json=payload)
        log.info("placed metal order %s: %d x %s %.2fmm", data["order_id"], sheets, alloy, thickness_mm)
        return data["order_id"]

    def order_status(self, order_id: str) -> str:
        return self._request("GET", f"/orders/{order_id}")["status"]
