"""Book collections and print labels for parcels leaving the workshop."""
import os
from dataclasses import asdict, dataclass
from decimal import Decimal

import httpx

COURIER_BASE_URL = "https://api.parcelcourier.example/v3"


@dataclass
class Parcel:
    weight_kg: Decimal
    length_cm: int
    width_cm: int
    height_cm: int


@dataclass
class Address:
    name: str
    line1: str
    town: str
    postcode: str
    country: str = "GB"
    line2: str = ""


class CourierClient:
    def __init__(self, api_key: str | None = None, account: str | None = None):
        self._client = httpx.AsyncClient(
            base_url=COURIER_BASE_URL,
            headers={"X-Api-Key": api_key or os.environ["COURIER_API_KEY"]},
            timeout=20.0,
        )
        self.account = account or os.environ.get("COURIER_ACCOUNT", "LORIMER01")

    async def __aenter__(self) -> "CourierClient":
        return self

    async def __aexit__(self, *exc) -> None:
        await self._client.aclose()

    async def create_shipment(self, order_ref: str, to: Address, parcels: list[Parcel]) -> dict:
        body = {
            "account": self.account,
            "reference": order_ref,
            "service": "next-day",
            "recipient": asdict(to),
            "parcels": [
                {**asdict(p), "weight_kg": str(p.weight_kg)} for p in parcels
            ],
        }
        resp = await self._client.post("/shipments", json=body)
        resp.raise_for_status()
        return resp.json()

    async def label_pdf(self, shipment_id: str) -> bytes:
        resp = await self._client.get(f"/shipments/{shipment_id}/label", params={"format": "pdf"})
        resp.raise_for_status()
        return resp.content


async def dispatch(order_ref: str, to: Address, parcels: list[Parcel]) -> bytes:
    async with CourierClient() as courier:
        shipment = await courier.create_shipment(order_ref, to, parcels)
        return await courier.label_pdf(shipment["id"])
