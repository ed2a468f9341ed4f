"""Books parcel pickups with the courier for web shop and group-order shipments."""

import os
from dataclasses import dataclass
from datetime import date

import requests

COURIER_API_URL = os.environ.get("COURIER_API_URL", "")


@dataclass
class Parcel:
    order_reference: str
    weight_grams: int
    length_cm: int
    width_cm: int
    height_cm: int
    recipient: dict


class CourierBookingClient:
    def __init__(self, base_url: str = COURIER_API_URL):
        if not base_url:
            raise RuntimeError("COURIER_API_URL is not configured")
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {os.environ['COURIER_API_KEY']}"
        self.session.headers["Accept"] = "application/json"

    def book_pickup(self, pickup_date: date, parcels: list[Parcel]) -> dict:
        payload = {
            "pickup_date": pickup_date.isoformat(),
            "pickup_address_id": os.environ.get("COURIER_PICKUP_ADDRESS_ID"),
            "parcels": [
                {
                    "reference": p.order_reference,
                    "weight_g": p.weight_grams,
                    "dimensions_cm": [p.length_cm, p.width_cm, p.height_cm],
                    "recipient": p.recipient,
                }
                for p in parcels
            ],
        }
        response = self.session.post(f"{self.base_url}/v3/pickups", json=payload, timeout=30)
        response.raise_for_status()
        return response.json()

    def cancel_pickup(self, pickup_id: str) -> None:
        response = self.session.delete(f"{self.base_url}/v3/pickups/{pickup_id}", timeout=30)
        response.raise_for_status()
