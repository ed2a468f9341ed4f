"""Client for the copper mill's purchasing API.

Used to place sheet and coil orders and to poll their production status.
"""
import logging
from dataclasses import dataclass

import requests

from coppersmith.settings import settings

logger = logging.getLogger("coppersmith.purchasing.mill")


@dataclass
class MillConfig:
    base_url: str = settings.MILL_API_BASE
    api_key: str = settings.MILL_API_KEY
    timeout: float = 20.0


class MillClient:
    def __init__(self, config: MillConfig | None = None):
        self.config = config or MillConfig()
        self.session = requests.Session()
        self.session.headers.update(
            {
                "Authorization": f"Bearer {self.config.api_key}",
                "Accept": "application/json",
                "User-Agent": "coppersmith-purchasing/2.3",
            }
        )

    def _request(self, method: str, path: str, **kwargs) -> dict:
        url = f"{self.config.base_url}{path}"
        logger.debug("mill %s %s headers=%s", method, url, dict(self.session.headers))
        response = self.session.request(method, url, timeout=self.config.timeout, **kwargs)
        response.raise_for_status()
        return response.json()

    def place_order(self, alloy: str, thickness_mm: float, sheets: int, po_number: str) -> dict:
        return self._request(
            "POST",
            "/orders",
            json={
                "alloy": alloy,
                "thickness_mm": thickness_mm,
                "quantity": sheets,
                "customer_po": po_number,
            },
        )

    def order_status(self, mill_order_id: str) -> str:
        return self._request("GET", f"/orders/{mill_order_id}")["status"]
