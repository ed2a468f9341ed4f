"""Books courier pickups for mail-in sharpening boxes.

Customers choose a pickup date on the order form; we book the collection
with the parcel carrier's API using our account credentials.
"""
import os
from datetime import date

import requests

CARRIER_BASE_URL = os.environ.get("CARRIER_API_URL", "https://api.parcelcarrier.example/v3")
DEFAULT_SERVICE = "NEXT_DAY_BOX"


class CarrierAccount:
    def __init__(self):
        self.account_number = os.environ["CARRIER_ACCOUNT_NUMBER"]
        self.session = requests.Session()
        self.session.headers.update(
            {
                "Authorization": f"Bearer {os.environ['CARRIER_API_TOKEN']}",
                "Content-Type": "application/json",
            }
        )

    def book_pickup(self, order_ref: str, address: dict, pickup_day: date, parcels: int = 1) -> dict:
        payload = {
            "accountNumber": self.account_number,
            "service": DEFAULT_SERVICE,
            "reference": order_ref,
            "collectionDate": pickup_day.isoformat(),
            "collectionAddress": {
                "name": address["name"],
                "line1": address["line1"],
                "line2": address.get("line2", ""),
                "town": address["town"],
                "postcode": address["postcode"],
            },
            "parcels": [{"weightKg": 1.5, "lengthCm": 60, "widthCm": 20, "heightCm": 8}] * parcels,
        }
        response = self.session.post(f"{CARRIER_BASE_URL}/collections", json=payload, timeout=20)
        response.raise_for_status()
        body = response.json()
        return {"booking_id": body["collectionId"], "label_url": body["returnLabelUrl"]}

    def cancel_pickup(self, booking_id: str) -> None:
        response = self.session.delete(f"{CARRIER_BASE_URL}/collections/{booking_id}", timeout=20)
        if response.status_code not in (200, 204, 404):
            response.raise_for_status()
