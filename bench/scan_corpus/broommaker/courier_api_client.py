"""Client for the pallet courier we use for bulk trade orders (garden centres)."""

import logging
import os
from dataclasses import dataclass
from typing import Any, Dict, Optional

import requests

log = logging.getLogger("couriers.pallet")


@dataclass
class PalletBooking:
    order_ref: str
    collection_date: str
    pallets: int
    weight_kg: float
    postcode: str


class PalletCourierClient:
    base_url = "https://api.palletlink.co.uk/v1"

    def __init__(self, api_key: Optional[str] = None, timeout: float = 20.0):
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update(
            {
                "Authorization": f"Bearer {api_key or os.environ['PALLETLINK_API_KEY']}",
                "Accept": "application/json",
                "User-Agent": "broomworks-dispatch/1.4",
            }
        )

    def _request(self, method: str, path: str, **kwargs: Any) -> Dict[str, Any]:
        url = f"{self.base_url}{path}"
        log.debug("%s %s headers=%s", method, url, dict(self.session.headers))
        resp = self.session.request(method, url, timeout=self.timeout, **kwargs)
        if resp.status_code >= 400:
            log.warning("palletlink %s %s -> %s", method, path, resp.status_code)
            resp.raise_for_status()
        return resp.json()

    def book_collection(self, booking: PalletBooking) -> str:
        body = {
            "reference": booking.order_ref,
            "collection": {"date": booking.collection_date, "postcode": "TD7 4PQ"},
            "delivery": {"postcode": booking.postcode},
            "pallets": booking.pallets,
            "weight_kg": booking.weight_kg,
        }
        data = self._request("POST", "/bookings", json=body)
        log.info("booked pallet collection %s for %s", data["booking_id"], booking.order_ref)
        return data["booking_id"]

    def cancel(self, booking_id: str) -> None:
        self._request("DELETE", f"/bookings/{booking_id}")
        log.info("cancelled pallet booking %s", booking_id)
