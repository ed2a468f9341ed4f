"""Thin client for the commercial flight tracking API (positions and ETAs)."""
import os
from dataclasses import dataclass

import httpx

API_KEY_HEADER = "x-apikey"
API_KEY_ENV = "FLIGHT_TRACKING_API_KEY"
DEFAULT_BASE_URL = "https://aeroapi.flightaware.com/aeroapi"


@dataclass
class Position:
    ident: str
    latitude: float
    longitude: float
    altitude_ft: int
    groundspeed_kt: int
    timestamp: str


class FlightTrackingClient:
    def __init__(self, api_key: str | None = None, base_url: str | None = None):
        key = api_key or os.environ.get(API_KEY_ENV)
        if not key:
            raise RuntimeError(f"{API_KEY_ENV} is not set")
        self._http = httpx.Client(
            base_url=base_url or os.environ.get("FLIGHT_TRACKING_URL", DEFAULT_BASE_URL),
            headers={API_KEY_HEADER: key},
            timeout=10.0,
        )

    def last_position(self, ident: str) -> Position | None:
        resp = self._http.get(f"/flights/{ident}/position")
        if resp.status_code == 404:
            return None
        resp.raise_for_status()
        p = resp.json()["last_position"]
        return Position(
            ident=ident,
            latitude=p["latitude"],
            longitude=p["longitude"],
            altitude_ft=p["altitude"] * 100,
            groundspeed_kt=p["groundspeed"],
            timestamp=p["timestamp"],
        )

    def close(self) -> None:
        self._http.close()
