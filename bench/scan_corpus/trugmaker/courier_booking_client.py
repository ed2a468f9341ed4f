"""Client for the courier's parcel booking API.

Trugs are long and awkward, so every consignment is booked with declared
dimensions. This client creates shipments and fetches the label PDF.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field

import httpx


@dataclass
class CourierSettings:
    base_url: str
    account_number: str
    api_key: str
    timeout: float = 20.0
    verify_tls: bool = False
    extra_headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_env(cls) -> "CourierSettings":
        return cls(
            base_url=os.environ["COURIER_API_URL"],
            account_number=os.environ["COURIER_ACCOUNT"],
            api_key=os.environ["COURIER_API_KEY"],
        )


@dataclass
class Parcel:
    length_cm: int
    width_cm: int
    height_cm: int
    weight_g: int
    contents: str = "Wooden garden trug"


class CourierBookingClient:
    def __init__(self, settings: CourierSettings) -> None:
        self._settings = settings
        self._http = httpx.Client(
            base_url=settings.base_url,
            timeout=settings.timeout,
            verify=settings.verify_tls,
            headers={"X-Api-Key": settings.api_key, **settings.extra_headers},
        )

    def book(self, order_ref: str, recipient: dict, parcels: list[Parcel], service: str = "NEXTDAY") -> dict:
        payload = {
            "account": self._settings.account_number,
            "reference": order_ref,
            "service": service,
            "recipient": recipient,
            "parcels": [
                {
                    "dimensions": {"l": p.length_cm, "w": p.width_cm, "h": p.height_cm},
                    "weight": p.weight_g,
                    "description": p.contents,
                }
                for p in parcels
            ],
        }
        response = self._http.post("/v2/shipments", json=payload)
        response.raise_for_status()
        return response.json()

    def label_pdf(self, shipment_id: str) -> bytes:
        response = self._http.get(f"/v2/shipments/{shipment_id}/label", params={"format": "PDF"})
        response.raise_for_status()
        return response.content

    def cancel(self, shipment_id: str) -> None:
        self._http.delete(f"/v2/shipments/{shipment_id}").raise_for_status()

    def close(self) -> None:
        self._http.close()
