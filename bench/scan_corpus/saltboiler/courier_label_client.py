"""Client for the parcel courier's shipping label API.

Web shop orders are packed at the works and collected daily. For each parcel
we request a label and tracking number from the courier's REST API.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

import httpx

from saltboiler.config import settings

logger = logging.getLogger("saltboiler.shipping")


@dataclass
class Parcel:
    order_ref: str
    weight_g: int
    recipient: dict


class CourierClient:
    def __init__(self, base_url: str = settings.COURIER_API_URL, token: str = settings.COURIER_API_TOKEN):
        self._base_url = base_url.rstrip("/")
        self._headers = {
            "Authorization": f"Bearer {token}",
            "Accept": "application/json",
            "X-Account": settings.COURIER_ACCOUNT_NUMBER,
        }

    async def _post(self, path: str, payload: dict) -> dict:
        url = f"{self._base_url}{path}"
        logger.debug("courier request POST %s headers=%s", url, self._headers)
        async with httpx.AsyncClient(timeout=20) as client:
            response = await client.post(url, json=payload, headers=self._headers)
        logger.debug("courier response %s for %s", response.status_code, path)
        response.raise_for_status()
        return response.json()

    async def create_label(self, parcel: Parcel) -> tuple[str, bytes]:
        data = await self._post(
            "/v2/shipments",
            {
                "reference": parcel.order_ref,
                "service": "NEXT_DAY",
                "weight": parcel.weight_g,
                "recipient": parcel.recipient,
                "label_format": "ZPL",
            },
        )
        return data["tracking_number"], data["label"].encode("ascii")
