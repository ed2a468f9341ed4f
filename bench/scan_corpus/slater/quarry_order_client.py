"""Client for placing slate orders with the quarry's trade ordering API.

Natural slate comes on pallets from the quarry with two to six weeks' lead
time, so orders are raised as soon as a quote is accepted.
"""
from __future__ import annotations

import logging
import os
from dataclasses import asdict, dataclass
from typing import Any, Dict, List

import httpx

logger = logging.getLogger("quarry.orders")


@dataclass
class OrderLine:
    product_code: str
    size_mm: str
    grade: str
    quantity: int


@dataclass
class QuarryOrder:
    job_ref: str
    delivery_postcode: str
    deliver_by: str
    lines: List[OrderLine]


class QuarryClient:
    def __init__(self, base_url: str | None = None, api_token: str | None = None) -> None:
        self.base_url = base_url or os.environ.get("QUARRY_API_URL",
                                                   "https://trade.quarry.example/api/v1")
        self._token = api_token or os.environ["QUARRY_API_TOKEN"]
        self._client = httpx.Client(timeout=20.0)

    def _headers(self) -> Dict[str, str]:
        return {
            "Authorization": f"Bearer {self._token}",
            "Accept": "application/json",
            "User-Agent": "slater-orders/2.3",
        }

    def _post(self, path: str, payload: Dict[str, Any]) -> Dict[str, Any]:
        url = f"{self.base_url}{path}"
        headers = self._headers()
        logger.debug("POST %s headers=%s payload=%s", url, headers, payload)
        resp = self._client.post(url, json=payload, headers=headers)
        logger.debug("quarry replied %s in %.2fs", resp.status_code,
                     resp.elapsed.total_seconds())
        resp.raise_for_status()
        return resp.json()

    def place(self, order: QuarryOrder) -> str:
        result = self._post("/orders", asdict(order))
        logger.info("quarry order %s raised for job %s", result["order_no"], order.job_ref)
        return result["order_no"]

    def availability(self, product_code: str) -> Dict[str, Any]:
        return self._post("/availability", {"product_code": product_code})
