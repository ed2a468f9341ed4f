"""Async client for booking pallet collections of willow bolts from the growers.

Full bolts are too long and heavy for a parcel carrier, so the growers'
pallets are collected by a pallet network that we book through its API.
"""
import os
from dataclasses import asdict, dataclass
from datetime import date

import httpx

PALLET_API = "https://api.palletline-network.co.uk/v3"


@dataclass
class PalletCollection:
    grower_name: str
    collection_postcode: str
    collection_date: date
    pallets: int
    weight_kg: int
    notes: str = ""


class PalletBooking:
    def __init__(self, api_key: str | None = None, depot: str | None = None):
        self._key = api_key or os.environ["PALLETLINE_API_KEY"]
        self._depot = depot or os.environ.get("PALLETLINE_DEPOT", "TA7")
        self._client: httpx.AsyncClient | None = None

    async def __aenter__(self) -> "PalletBooking":
        self._client = httpx.AsyncClient(base_url=PALLET_API, headers={"X-Api-Key": self._key}, timeout=20)
        return self

    async def __aexit__(self, *exc) -> None:
        if self._client is not None:
            await self._client.aclose()

    async def book(self, collection: PalletCollection) -> str:
        body = asdict(collection)
        body["collection_date"] = collection.collection_date.isoformat()
        body["delivery_depot"] = self._depot
        resp = await self._client.post("/collections", json=body)
        resp.raise_for_status()
        return resp.json()["consignment_number"]

    async def status(self, consignment_number: str) -> str:
        resp = await self._client.get(f"/consignments/{consignment_number}")
        resp.raise_for_status()
        return resp.json()["status"]


async def book_week(collections: list[PalletCollection]) -> dict[str, str]:
    async with PalletBooking() as api:
        return {c.grower_name: await api.book(c) for c in collections}
