"""Client for the courier's shipping API: book collections, fetch labels."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import requests

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Parcel:
    order_ref: str
    recipient: str
    address_lines: tuple[str, ...]
    postcode: str
    weight_kg: float
    length_cm: int


@dataclass(frozen=True)
class BookedShipment:
    shipment_id: str
    tracking_number: str
    label_url: str


class CourierError(RuntimeError):
    pass


class CourierClient:
    """Long rod bundles (over 150 cm) go as 'long parcel' service."""

    def __init__(self, base_url: str, api_key: str, timeout: float = 15.0) -> None:
        self._base_url = base_url.rstrip("/")
        self._timeout = timeout
        self._session = requests.Session()
        self._session.headers.update(
            {
                "Authorization": f"Bearer {api_key}",
                "Accept": "application/json",
                "User-Agent": "osierbeds-dispatch/2.3",
            }
        )

    @classmethod
    def from_env(cls) -> "CourierClient":
        return cls(os.environ["COURIER_API_URL"], os.environ["COURIER_API_KEY"])

    def _post(self, path: str, payload: dict) -> dict:
        url = f"{self._base_url}{path}"
        log.debug("POST %s headers=%s", url, dict(self._session.headers))
        resp = self._session.post(url, json=payload, timeout=self._timeout)
        if resp.status_code >= 400:
            raise CourierError(f"courier API {path} returned {resp.status_code}")
        return resp.json()

    def book(self, parcel: Parcel) -> BookedShipment:
        service = "LONG_PARCEL" if parcel.length_cm > 150 else "STANDARD"
        data = self._post(
            "/v2/shipments",
            {
                "reference": parcel.order_ref,
                "service": service,
                "recipient": {
                    "name": parcel.recipient,
                    "address": list(parcel.address_lines),
                    "postcode": parcel.postcode,
                },
                "parcels": [{"weight_kg": parcel.weight_kg, "length_cm": parcel.length_cm}],
            },
        )
        log.info("booked %s shipment %s for order %s", service, data["id"], parcel.order_ref)
        return BookedShipment(data["id"], data["tracking_number"], data["label_url"])

    def label_pdf(self, shipment: BookedShipment) -> bytes:
        resp = self._session.get(shipment.label_url, timeout=self._timeout)
        resp.raise_for_status()
        return resp.content
