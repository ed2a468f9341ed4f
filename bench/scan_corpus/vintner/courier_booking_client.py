"""Async client for the pallet courier used for trade and en-primeur deliveries."""

import logging
from dataclasses import dataclass
from typing import Any, Dict, Optional

import httpx

from vintner.config import settings

logger = logging.getLogger("vintner.shipping.courier")


@dataclass
class CourierCredentials:
    account_number: str
    api_token: str


class PalletCourierClient:
    def __init__(self, credentials: CourierCredentials, base_url: str = settings.PALLET_COURIER_URL):
        self.credentials = credentials
        self.base_url = base_url.rstrip("/")

    def _headers(self) -> Dict[str, str]:
        return {
            "Authorization": f"Bearer {self.credentials.api_token}",
            "X-Account-Number": self.credentials.account_number,
            "Accept": "application/json",
        }

    async def _request(self, method: str, path: str, payload: Optional[dict] = None) -> Dict[str, Any]:
        url = f"{self.base_url}{path}"
        headers = self._headers()
        logger.debug("courier %s %s headers=%s", method, url, headers)
        async with httpx.AsyncClient(timeout=20.0) as client:
            response = await client.request(method, url, json=payload, headers=headers)
        response.raise_for_status()
        return response.json()

    async def book_pallet(self, order_ref: str, pallets: int, delivery_address: dict, ready_date: str) -> str:
        result = await self._request(
            "POST",
            "/v2/consignments",
            {
                "customer_reference": order_ref,
                "pallet_count": pallets,
                "service": "next_day_tail_lift",
                "collection_date": ready_date,
                "delivery": delivery_address,
            },
        )
        return result["consignment_number"]

    async def track(self, consignment_number: str) -> Dict[str, Any]:
        return await self._request("GET", f"/v2/consignments/{consignment_number}/events")
