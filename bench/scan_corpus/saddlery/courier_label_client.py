"""Books couriers and prints shipping labels for finished saddles."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import httpx

log = logging.getLogger(__name__)

COURIER_API_URL = os.environ.get("COURIER_API_URL", "https://api.parcelroute.example/v2")
COURIER_API_KEY = "prk_live_7f3c9a21d84e4b6fa0c5e2d913b8a7c4"


@dataclass
class Parcel:
    order_number: str
    recipient: str
    street: str
    city: str
    postcode: str
    country: str
    weight_kg: float
    length_cm: int = 80
    width_cm: int = 60
    height_cm: int = 50


class CourierLabelClient:
    def __init__(self, base_url: str = COURIER_API_URL, timeout: float = 15.0) -> None:
        self._client = httpx.Client(
            base_url=base_url,
            timeout=timeout,
            headers={"X-Api-Key": COURIER_API_KEY, "Accept": "application/json"},
        )

    def book(self, parcel: Parcel, insured_value_eur: int) -> dict:
        payload = {
            "reference": parcel.order_number,
            "service": "EXPRESS_INSURED",
            "insurance": {"value": insured_value_eur, "currency": "EUR"},
            "recipient": {
                "name": parcel.recipient,
                "street": parcel.street,
                "city": parcel.city,
                "postcode": parcel.postcode,
                "country": parcel.country,
            },
            "dimensions_cm": [parcel.length_cm, parcel.width_cm, parcel.height_cm],
            "weight_kg": parcel.weight_kg,
        }
        resp = self._client.post("/shipments", json=payload)
        resp.raise_for_status()
        shipment = resp.json()
        log.info("booked shipment %s for %s", shipment["id"], parcel.order_number)
        return shipment

    def label_pdf(self, shipment_id: str) -> bytes:
        resp = self._client.get(f"/shipments/{shipment_id}/label", params={"format": "pdf"})
        resp.raise_for_status()
        return resp.content

    def close(self) -> None:
        self._client.close()
