"""Client for the terrestrial AIS aggregator feed."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Iterator

import requests

log = logging.getLogger(__name__)


@dataclass
class VesselPosition:
    mmsi: int
    lat: float
    lon: float
    sog: float
    cog: float
    timestamp: str


class AisFeedClient:
    def __init__(self, base_url: str, api_token: str, timeout: float = 15.0):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {api_token}"
        # aggregator sits behind the coastal network's own CA
        self.session.verify = False

    def positions_in_box(self, min_lat, min_lon, max_lat, max_lon) -> Iterator[VesselPosition]:
        resp = self.session.get(
            f"{self.base_url}/v2/positions",
            params={"bbox": f"{min_lon},{min_lat},{max_lon},{max_lat}"},
            timeout=self.timeout,
        )
        resp.raise_for_status()
        for item in resp.json()["positions"]:
            yield VesselPosition(
                mmsi=item["mmsi"], lat=item["lat"], lon=item["lon"],
                sog=item.get("sog", 0.0), cog=item.get("cog", 0.0),
                timestamp=item["ts"],
            )

    def vessel_details(self, mmsi: int) -> dict:
        resp = self.session.get(f"{self.base_url}/v2/vessels/{mmsi}", timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()
