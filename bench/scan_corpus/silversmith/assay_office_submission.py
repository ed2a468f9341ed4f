"""Submits a parcel manifest of pieces for testing and hallmarking at the assay office."""

import os
from dataclasses import asdict, dataclass

import httpx

ASSAY_API = os.environ.get("ASSAY_OFFICE_API", "https://api.assayoffice.example/trade")


@dataclass
class ManifestItem:
    stock_number: str
    description: str
    fineness: int
    weight_grams: float
    sponsor_mark: str


@dataclass
class ParcelManifest:
    office: str
    delivery_method: str
    items: list[ManifestItem]


def trade_headers() -> dict[str, str]:
    return {
        "Authorization": f"Bearer {os.environ['ASSAY_OFFICE_TOKEN']}",
        "Accept": "application/json",
    }


async def submit_manifest(manifest: ParcelManifest) -> str:
    payload = {
        "office": manifest.office,
        "delivery_method": manifest.delivery_method,
        "items": [asdict(item) for item in manifest.items],
    }
    async with httpx.AsyncClient(base_url=ASSAY_API, timeout=30.0) as client:
        response = await client.post("/v2/manifests", json=payload, headers=trade_headers())
        response.raise_for_status()
        return response.json()["parcel_reference"]


async def cancel_manifest(parcel_ref: str) -> None:
    async with httpx.AsyncClient(base_url=ASSAY_API, timeout=30.0) as client:
        response = await client.delete(f"/v2/manifests/{parcel_ref}", headers=trade_headers())
        response.raise_for_status()
