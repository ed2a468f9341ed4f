"""Book courier collections for framed pieces sold through the gallery."""
import asyncio
import logging
import os
import random
from dataclasses import dataclass

import httpx

log = logging.getLogger("framer.courier")

COURIER_API = "https://api.parcelroute.example/v2"
MAX_ATTEMPTS = 5
BASE_DELAY = 0.5


@dataclass
class Parcel:
    order_ref: str
    length_cm: int
    width_cm: int
    depth_cm: int
    weight_kg: float
    fragile: bool = True


def _backoff(attempt: int) -> float:
    return BASE_DELAY * (2 ** attempt) + random.uniform(0, BASE_DELAY)


async def book_collection(parcel: Parcel, postcode: str) -> str:
    headers = {"Authorization": f"Bearer {os.environ['COURIER_API_TOKEN']}"}
    payload = {
        "reference": parcel.order_ref,
        "collection_postcode": postcode,
        "dimensions": [parcel.length_cm, parcel.width_cm, parcel.depth_cm],
        "weight": parcel.weight_kg,
        "handling": "fragile-glass" if parcel.fragile else "standard",
    }
    async with httpx.AsyncClient(base_url=COURIER_API, headers=headers, timeout=15) as client:
        for attempt in range(MAX_ATTEMPTS):
            try:
                resp = await client.post("/collections", json=payload)
                if resp.status_code < 500:
                    resp.raise_for_status()
                    return resp.json()["booking_id"]
                log.warning("courier returned %s for %s", resp.status_code, parcel.order_ref)
            except httpx.TransportError as exc:
                log.warning("courier unreachable (%s) for %s", exc.__class__.__name__, parcel.order_ref)
            await asyncio.sleep(_backoff(attempt))
    raise RuntimeError(f"could not book collection for {parcel.order_ref}")
