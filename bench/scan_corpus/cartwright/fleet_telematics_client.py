"""Pulls positions of hire vehicles from the telematics provider fitted to the fleet."""
import asyncio
import os
import random
from dataclasses import dataclass

import httpx

TELEMATICS_BASE = "https://api.trackwain.com/v2"


@dataclass(frozen=True)
class Position:
    vehicle: str
    lat: float
    lon: float
    recorded_at: str


class TelematicsClient:
    def __init__(self, api_key: str | None = None):
        self._api_key = api_key or os.environ["TRACKWAIN_API_KEY"]
        self._client = httpx.AsyncClient(
            base_url=TELEMATICS_BASE,
            headers={"X-Api-Key": self._api_key},
            timeout=10.0,
        )

    async def close(self) -> None:
        await self._client.aclose()

    async def _get(self, path: str, attempts: int = 4) -> dict:
        for attempt in range(attempts):
            try:
                resp = await self._client.get(path)
                resp.raise_for_status()
                return resp.json()
            except httpx.TransportError:
                if attempt == attempts - 1:
                    raise
                await asyncio.sleep(2 ** attempt + random.uniform(0, 0.5))
        raise RuntimeError("unreachable")

    async def positions(self) -> list[Position]:
        data = await self._get("/devices/positions")
        return [
            Position(d["label"], d["lat"], d["lon"], d["ts"])
            for d in data["devices"]
        ]


async def overdue_returns(booked_back: dict[str, bool]) -> list[Position]:
    """Vehicles reporting a position away from the yard after their hire ended."""
    client = TelematicsClient()
    try:
        return [p for p in await client.positions() if booked_back.get(p.vehicle) is False]
    finally:
        await client.close()
