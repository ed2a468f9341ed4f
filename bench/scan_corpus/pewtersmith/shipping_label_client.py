"""Book parcels and fetch labels from the courier's API.

Orders marked ready in the packing room are booked with the courier; the
label PDF is stored next to the packing slip for the label printer.
"""
import os
from dataclasses import dataclass
from pathlib import Path

import requests

COURIER_API = os.environ.get("COURIER_API_URL", "https://api.parcelroute.co.uk/v1")


@dataclass
class Parcel:
    order_number: str
    recipient: str
    address_lines: list[str]
    postcode: str
    weight_g: int
    fragile: bool = True


class CourierClient:
    def __init__(self, api_key: str | None = None, base_url: str = COURIER_API):
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.headers["X-Api-Key"] = api_key or os.environ["COURIER_API_KEY"]
        self.session.headers["User-Agent"] = "pewtersmith-packing/2.3"

    def book(self, parcel: Parcel, service: str = "tracked-48") -> dict:
        payload = {
            "reference": parcel.order_number,
            "service": service,
            "recipient": {
                "name": parcel.recipient,
                "address": parcel.address_lines,
                "postcode": parcel.postcode,
            },
            "parcels": [
                {
                    "weight_grams": parcel.weight_g,
                    "handling": "fragile" if parcel.fragile else "standard",
                }
            ],
        }
        resp = self.session.post(f"{self.base_url}/shipments", json=payload, timeout=20)
        resp.raise_for_status()
        return resp.json()

    def save_label(self, shipment_id: str, dest_dir: Path) -> Path:
        resp = self.session.get(
            f"{self.base_url}/shipments/{shipment_id}/label",
            params={"format": "pdf", "size": "4x6"},
            timeout=20,
        )
        resp.raise_for_status()
        dest = dest_dir / f"{int(shipment_id):012d}.pdf"
        dest.write_bytes(resp.content)
        return dest
