"""Books pallet collections with the pallet network.

After the dispatch run, part-load orders (a few pallets of bagged lime or a
mixed pallet of putty tubs and limewash) are booked for collection with the
pallet network through its booking API, authenticated with our depot key.
"""

import os
from dataclasses import dataclass, field
from datetime import date

import httpx


@dataclass
class PalletNetworkConfig:
    base_url: str = field(
        default_factory=lambda: os.environ.get(
            "PALLET_NETWORK_URL", "https://booking.palletnetwork.example/v3"
        )
    )
    depot_code: str = field(default_factory=lambda: os.environ["PALLET_DEPOT_CODE"])
    api_key: str = field(default_factory=lambda: os.environ["PALLET_NETWORK_API_KEY"])


@dataclass
class Consignment:
    order_number: str
    pallets: int
    weight_kg: float
    postcode: str
    collection_date: date
    tail_lift: bool = False


async def book_collection(consignment: Consignment, config: PalletNetworkConfig | None = None) -> str:
    config = config or PalletNetworkConfig()
    async with httpx.AsyncClient(
        base_url=config.base_url,
        headers={"Authorization": f"ApiKey {config.api_key}"},
        timeout=30.0,
    ) as client:
        response = await client.post(
            "/consignments",
            json={
                "depot": config.depot_code,
                "customer_reference": consignment.order_number,
                "pallets": consignment.pallets,
                "weight_kg": consignment.weight_kg,
                "delivery_postcode": consignment.postcode,
                "collection_date": consignment.collection_date.isoformat(),
                "services": ["TAIL_LIFT"] if consignment.tail_lift else [],
            },
        )
        response.raise_for_status()
        return response.json()["consignment_number"]


async def cancel_collection(consignment_number: str, config: PalletNetworkConfig | None = None) -> None:
    config = config or PalletNetworkConfig()
    async with httpx.AsyncClient(
        base_url=config.base_url,
        headers={"Authorization": f"ApiKey {config.api_key}"},
        timeout=30.0,
    ) as client:
        response = await client.delete(f"/consignments/{consignment_number}")
        response.raise_for_status()
