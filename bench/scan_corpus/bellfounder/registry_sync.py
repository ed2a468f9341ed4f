"""Pushes newly cast bells to the national church bells registry."""

import os
from dataclasses import dataclass

import httpx

REGISTRY_URL = os.environ.get("BELL_REGISTRY_URL", "https://api.bellregistry.example.org/v1")


@dataclass
class CastBell:
    dove_tower_id: str
    position: int
    note: str
    weight_kg: float
    cast_year: int
    inscription: str


def _registry_headers() -> dict[str, str]:
    return {
        "Authorization": f"Bearer {os.environ['BELL_REGISTRY_API_KEY']}",
        "Accept": "application/json",
    }


async def push_bell(bell: CastBell) -> str:
    body = {
        "tower": bell.dove_tower_id,
        "position": bell.position,
        "nominal_note": bell.note,
        "weight_kg": round(bell.weight_kg, 1),
        "cast_year": bell.cast_year,
        "founder": "bellfounder",
        "inscription": bell.inscription,
    }
    async with httpx.AsyncClient(base_url=REGISTRY_URL, timeout=20) as client:
        resp = await client.post("/bells", json=body, headers=_registry_headers())
        resp.raise_for_status()
        return resp.json()["registry_id"]


async def push_ring(bells: list[CastBell]) -> list[str]:
    ids = []
    for bell in sorted(bells, key=lambda b: b.position):
        ids.append(await push_bell(bell))
    return ids
