"""Books courier collections for parcels sold through the online shop."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Dict

import requests

log = logging.getLogger("courier")


@dataclass(frozen=True)
class CourierSettings:
    base_url: str
    account_number: str
    api_key: str = field(repr=False)
    timeout: float = 20.0

    @classmethod
    def from_env(cls) -> "CourierSettings":
        return cls(
            base_url=os.environ["COURIER_API_URL"].rstrip("/"),
            account_number=os.environ["COURIER_ACCOUNT_NUMBER"],
            api_key=os.environ["COURIER_API_KEY"],
        )


class CourierClient:
    def __init__(self, settings: CourierSettings) -> None:
        self._settings = settings
        self._http = requests.Session()
        self._http.headers.update(
            {"Authorization": f"ApiKey {settings.api_key}", "Accept": "application/json"}
        )

    def book_collection(
        self, shop_address: Dict[str, str], parcels: int, weight_kg: float, on: date
    ) -> Dict[str, Any]:
        payload = {
            "account": self._settings.account_number,
            "collection_date": on.isoformat(),
            "address": shop_address,
            "parcels": parcels,
            "total_weight_kg": round(weight_kg, 2),
            "service": "next_day",
        }
        resp = self._http.post(
            f"{self._settings.base_url}/v1/collections",
            json=payload,
            timeout=self._settings.timeout,
        )
        resp.raise_for_status()
        booking = resp.json()
        log.info("courier collection %s booked for %s", booking["reference"], on)
        return booking

    def label_pdf(self, booking_ref: str) -> bytes:
        resp = self._http.get(
            f"{self._settings.base_url}/v1/collections/{booking_ref}/labels",
            headers={"Accept": "application/pdf"},
            timeout=self._settings.timeout,
        )
        resp.raise_for_status()
        return resp.content
