"""Books courier pickups for finished organ reservoirs and forge bellows.

Large items go by pallet courier; the booking is created when the ticket is
marked ready for dispatch.
"""
import logging
import os
from dataclasses import dataclass, asdict
from datetime import date

import httpx

log = logging.getLogger("bellows.dispatch")

COURIER_BASE_URL = "https://api.palletcourier.example.net/v1"


def _mask(value: str, keep: int = 4) -> str:
    if len(value) <= keep:
        return "*" * len(value)
    return "*" * (len(value) - keep) + value[-keep:]


@dataclass
class Consignment:
    ticket_id: int
    recipient: str
    address_lines: list
    postcode: str
    weight_kg: float
    length_cm: int
    width_cm: int
    height_cm: int


class CourierClient:
    def __init__(self, api_key: str | None = None):
        self._api_key = api_key or os.environ["COURIER_API_KEY"]
        self._client = httpx.Client(
            base_url=COURIER_BASE_URL,
            headers={"X-Api-Key": self._api_key},
            timeout=20.0,
        )
        log.info("courier client ready (key %s)", _mask(self._api_key))

    def book_pickup(self, consignment: Consignment, pickup_day: date) -> str:
        payload = {
            "pickup_date": pickup_day.isoformat(),
            "service": "pallet_standard" if consignment.weight_kg > 30 else "parcel_large",
            "consignment": asdict(consignment),
        }
        resp = self._client.post("/bookings", json=payload)
        if resp.status_code >= 400:
            log.warning(
                "booking for ticket %s rejected: %s %s",
                consignment.ticket_id, resp.status_code, resp.text[:200],
            )
            resp.raise_for_status()
        booking_ref = resp.json()["booking_ref"]
        log.info("ticket %s booked for %s as %s", consignment.ticket_id, pickup_day, booking_ref)
        return booking_ref

    def close(self) -> None:
        self._client.close()
