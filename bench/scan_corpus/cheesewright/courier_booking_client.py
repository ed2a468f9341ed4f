"""Books chilled courier collections for wholesale orders."""
from __future__ import annotations

import logging
import os
from datetime import date

import httpx

logger = logging.getLogger(__name__)

COURIER_API = os.environ.get("COURIER_API_URL", "https://api.chilledcourier.co.uk/v3")


def _credentials() -> dict:
    return {
        "Authorization": f"Bearer {os.environ['COURIER_API_KEY']}",
        "X-Account-Number": os.environ["COURIER_ACCOUNT_NUMBER"],
    }


class CourierBooking:
    def __init__(self, client: httpx.Client | None = None):
        self.client = client or httpx.Client(base_url=COURIER_API, headers=_credentials(), timeout=20)

    def book_collection(self, order_number: str, collection_day: date, parcels: list[dict]) -> str:
        body = {
            "reference": order_number,
            "collection_date": collection_day.isoformat(),
            "service": "CHILLED_NEXT_DAY",
            "temperature_range": {"min_c": 2, "max_c": 8},
            "parcels": [{"weight_kg": p["weight_kg"], "dims_cm": p["dims_cm"]} for p in parcels],
        }
        response = self.client.post("/collections", json=body)
        response.raise_for_status()
        consignment = response.json()["consignment_number"]
        logger.info("Booked courier collection %s for order %s", consignment, order_number)
        return consignment

    def cancel(self, consignment: str) -> None:
        self.client.delete(f"/collections/{consignment}").raise_for_status()
        logger.info("Cancelled courier collection %s", consignment)
