"""Tracks fine-art courier shipments of frames between museums and the studio.

The courier runs its API behind a certificate issued by its own private CA;
their CA bundle is deployed alongside the service.
"""
import asyncio
import os
from dataclasses import dataclass
from datetime import datetime

import httpx

COURIER_API = "https://api.artmove-logistics.example/v3"
COURIER_CA_BUNDLE = os.environ.get("COURIER_CA_BUNDLE", "/etc/gilder/certs/artmove-ca.pem")


@dataclass
class ShipmentStatus:
    shipment_id: str
    state: str
    location: str
    updated_at: datetime
    climate_ok: bool


def _parse(item: dict) -> ShipmentStatus:
    return ShipmentStatus(
        shipment_id=item["id"],
        state=item["state"],
        location=item.get("location", ""),
        updated_at=datetime.fromisoformat(item["updated_at"]),
        climate_ok=item.get("climate", {}).get("within_range", True),
    )


async def fetch_statuses(shipment_ids: list[str]) -> list[ShipmentStatus]:
    headers = {"Authorization": f"Bearer {os.environ['COURIER_API_TOKEN']}"}
    async with httpx.AsyncClient(base_url=COURIER_API, headers=headers,
                                 verify=COURIER_CA_BUNDLE, timeout=10.0) as client:
        responses = await asyncio.gather(
            *(client.get(f"/shipments/{sid}") for sid in shipment_ids))
    results = []
    for resp in responses:
        resp.raise_for_status()
        results.append(_parse(resp.json()))
    return results


if __name__ == "__main__":
    import sys
    for status in asyncio.run(fetch_statuses(sys.argv[1:])):
        flag = "" if status.climate_ok else "  !! climate excursion"
        print(f"{status.shipment_id}: {status.state} at {status.location}{flag}")
