"""Thin SDK for the vessel position provider's REST API, used by the ETA prediction jobs."""
from __future__ import annotations

from dataclasses import dataclass

import httpx


@dataclass
class VesselPosition:
    imo: int
    mmsi: int
    lat: float
    lon: float
    speed_kn: float
    destination: str | None


class VesselPositionClient:
    def __init__(
        self,
        base_url: str,
        api_key: str = "vp_live_7c1e0a9d4b2f48e6a3d5c8b17f90e2a4",
        timeout: float = 10.0,
    ):
        self._client = httpx.Client(
            base_url=base_url,
            headers={"X-API-Key": api_key, "Accept": "application/json"},
            timeout=timeout,
        )

    def latest(self, imo: int) -> VesselPosition:
        resp = self._client.get(f"/v2/vessels/{imo}/position")
        resp.raise_for_status()
        d = resp.json()
        return VesselPosition(
            imo=imo,
            mmsi=d["mmsi"],
            lat=d["latitude"],
            lon=d["longitude"],
            speed_kn=d.get("speed", 0.0),
            destination=d.get("destination"),
        )

    def fleet(self, imos: list[int]) -> list[VesselPosition]:
        return [self.latest(imo) for imo in imos]

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> VesselPositionClient:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
