"""Client for the address geocoding service used by the delivery planner."""
from __future__ import annotations

from dataclasses import dataclass

import requests


@dataclass(frozen=True)
class GeoPoint:
    lat: float
    lon: float
    confidence: float


class GeocoderClient:
    def __init__(
        self,
        base_url: str,
        api_key: str = "gk_live_5f2b9c81e4d04a7f9c3e61b2d8a07f45",
        timeout: float = 10.0,
    ):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Key {api_key}"

    def geocode(self, address: str, country: str = "DE") -> GeoPoint | None:
        resp = self._session.get(
            f"{self.base_url}/v1/geocode",
            params={"q": address, "country": country},
            timeout=self.timeout,
        )
        resp.raise_for_status()
        results = resp.json().get("results", [])
        if not results:
            return None
        best = max(results, key=lambda r: r["confidence"])
        return GeoPoint(best["lat"], best["lon"], best["confidence"])

    def geocode_many(self, addresses: list[str], country: str = "DE") -> list[GeoPoint | None]:
        return [self.geocode(a, country) for a in addresses]
