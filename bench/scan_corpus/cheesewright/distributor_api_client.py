"""Client for the regional food distributor's ordering API."""
from __future__ import annotations

import logging
from dataclasses import dataclass

import requests

from cheesewright.settings import DISTRIBUTOR

logger = logging.getLogger("cheesewright.distributor")


@dataclass
class DistributorConfig:
    base_url: str
    api_token: str
    account_number: str
    timeout: float = 15.0


class DistributorClient:
    def __init__(self, config: DistributorConfig | None = None):
        self.config = config or DistributorConfig(**DISTRIBUTOR)
        self.session = requests.Session()

    def _headers(self) -> dict:
        return {
            "Authorization": f"Bearer {self.config.api_token}",
            "X-Account": self.config.account_number,
            "Accept": "application/json",
        }

    def _post(self, path: str, payload: dict) -> dict:
        url = f"{self.config.base_url.rstrip('/')}/{path.lstrip('/')}"
        headers = self._headers()
        logger.debug("POST %s headers=%s items=%d", url, headers, len(payload.get("lines", [])))
        response = self.session.post(url, json=payload, headers=headers, timeout=self.config.timeout)
        response.raise_for_status()
        return response.json()

    def place_order(self, delivery_date: str, lines: list[dict]) -> str:
        result = self._post("/orders", {"delivery_date": delivery_date, "lines": lines})
        logger.info("Distributor accepted order %s for %s", result["order_id"], delivery_date)
        return result["order_id"]

    def cancel_order(self, order_id: str) -> None:
        self._post(f"/orders/{order_id}/cancel", {"reason": "producer request"})
