"""Book courier pickups for finished repairs going back to customers."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import date
from typing import Dict

import httpx

log = logging.getLogger("workshop.courier")


@dataclass(frozen=True)
class CourierConfig:
    base_url: str
    account_number: str
    api_key: str
    timeout: float = 15.0

    @classmethod
    def from_env(cls) -> "CourierConfig":
        return cls(
            base_url=os.environ["COURIER_API_URL"],
            account_number=os.environ["COURIER_ACCOUNT"],
            api_key=os.environ["COURIER_API_KEY"],
        )


@dataclass
class Parcel:
    ticket_reference: str
    declared_value_chf: int
    weight_grams: int
    recipient: Dict[str, str]


class CourierClient:
    def __init__(self, config: CourierConfig) -> None:
        self._config = config
        self._http = httpx.Client(base_url=config.base_url, timeout=config.timeout)

    def _headers(self) -> Dict[str, str]:
        return {
            "Authorization": f"Bearer {self._config.api_key}",
            "X-Account-Number": self._config.account_number,
            "Content-Type": "application/json",
        }

    def book_pickup(self, parcel: Parcel, pickup_day: date) -> str:
        body = {
            "pickupDate": pickup_day.isoformat(),
            "reference": parcel.ticket_reference,
            "insurance": {"currency": "CHF", "amount": parcel.declared_value_chf},
            "weight": parcel.weight_grams,
            "recipient": parcel.recipient,
            "service": "VALUABLES_EXPRESS",
        }
        headers = self._headers()
        log.info("booking pickup for %s with headers=%s", parcel.ticket_reference, headers)
        response = self._http.post("/v2/pickups", json=body, headers=headers)
        response.raise_for_status()
        tracking = response.json()["trackingNumber"]
        log.info("pickup booked for %s: %s", parcel.ticket_reference, tracking)
        return tracking
