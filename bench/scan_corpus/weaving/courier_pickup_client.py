"""Books courier collections for large items (looms, blankets) sold in the shop."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import date

import httpx

log = logging.getLogger("pickups")

PICKUP_API_URL = os.environ.get("PICKUP_API_URL", "https://api.bigparcel.example/v3")
API_KEY_ENV = "PICKUP_API_KEY"


@dataclass
class Collection:
    order_id: str
    pieces: int
    total_kg: float
    collect_on: date
    notes: str = ""


def _api_key() -> str:
    key = os.environ.get(API_KEY_ENV)
    if not key:
        raise RuntimeError(f"{API_KEY_ENV} is not set")
    return key


class PickupClient:
    def __init__(self, base_url: str = PICKUP_API_URL, api_key: str | None = None) -> None:
        self._client = httpx.Client(
            base_url=base_url,
            headers={"Authorization": f"ApiKey {api_key or _api_key()}"},
            timeout=httpx.Timeout(20.0, connect=5.0),
        )

    def book(self, collection: Collection) -> str:
        resp = self._client.post(
            "/collections",
            json={
                "reference": collection.order_id,
                "pieces": collection.pieces,
                "weight_kg": round(collection.total_kg, 1),
                "date": collection.collect_on.isoformat(),
                "instructions": collection.notes[:200],
            },
        )
        resp.raise_for_status()
        booking = resp.json()["booking_id"]
        log.info("collection %s booked for order %s", booking, collection.order_id)
        return booking

    def cancel(self, booking_id: str) -> None:
        self._client.delete(f"/collections/{booking_id}").raise_for_status()

    def __enter__(self) -> "PickupClient":
        return self

    def __exit__(self, *exc) -> None:
        self._client.close()
