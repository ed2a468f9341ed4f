"""Books pallet couriers for sash windows and stair kits going to site.

Bigger jobs go on our own van; anything outside the delivery radius is
booked with the pallet network through its booking API.
"""
import os
from dataclasses import asdict, dataclass
from datetime import date

import httpx

COURIER_API = os.environ.get("COURIER_API_URL", "https://api.pallet-network.example/v3")


@dataclass
class Consignment:
    job_ref: str
    collection_date: date
    pallets: int
    weight_kg: float
    site_contact: str
    site_phone: str
    address_lines: list[str]
    postcode: str
    tail_lift: bool = True


class CourierClient:
    def __init__(self, api_key: str | None = None, base_url: str = COURIER_API):
        self._client = httpx.Client(
            base_url=base_url,
            headers={"X-Api-Key": api_key or os.environ["COURIER_API_KEY"]},
            timeout=20,
        )

    def quote(self, consignment: Consignment) -> dict:
        resp = self._client.post("/quotes", json=self._payload(consignment))
        resp.raise_for_status()
        return resp.json()

    def book(self, consignment: Consignment, service_code: str) -> str:
        body = self._payload(consignment) | {"service": service_code}
        resp = self._client.post("/consignments", json=body)
        resp.raise_for_status()
        return resp.json()["tracking_number"]

    def label_pdf(self, tracking_number: str) -> bytes:
        resp = self._client.get(f"/consignments/{tracking_number}/label")
        resp.raise_for_status()
        return resp.content

    @staticmethod
    def _payload(c: Consignment) -> dict:
        data = asdict(c)
        data["collection_date"] = c.collection_date.isoformat()
        data["reference"] = data.pop("job_ref")
        return data

    def close(self) -> None:
        self._client.close()
