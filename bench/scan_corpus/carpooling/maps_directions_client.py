"""Async directions client used to estimate detours when matching riders to a driver's route."""

from __future__ import annotations

import os
from dataclasses import dataclass

import httpx

ROUTES_URL = os.environ.get(
    "MAPS_ROUTES_URL", "https://routes.googleapis.com/directions/v2:computeRoutes"
)
FIELD_MASK = "routes.duration,routes.distanceMeters,routes.polyline.encodedPolyline"


@dataclass(frozen=True)
class LatLng:
    lat: float
    lng: float

    def waypoint(self) -> dict:
        return {"location": {"latLng": {"latitude": self.lat, "longitude": self.lng}}}


@dataclass
class RouteEstimate:
    seconds: int
    meters: int
    polyline: str


class DirectionsClient:
    def __init__(self, api_key: str | None = None) -> None:
        self._api_key = api_key or os.environ["MAPS_API_KEY"]
        self._client = httpx.AsyncClient(timeout=httpx.Timeout(5.0, connect=2.0))

    def _headers(self) -> dict[str, str]:
        return {
            "X-Goog-Api-Key": self._api_key,
            "X-Goog-FieldMask": FIELD_MASK,
            "Content-Type": "application/json",
        }

    async def route(self, origin: LatLng, destination: LatLng, via: list[LatLng] | None = None) -> RouteEstimate:
        body = {
            "origin": origin.waypoint(),
            "destination": destination.waypoint(),
            "intermediates": [p.waypoint() for p in via or []],
            "travelMode": "DRIVE",
            "routingPreference": "TRAFFIC_AWARE",
        }
        resp = await self._client.post(ROUTES_URL, json=body, headers=self._headers())
        resp.raise_for_status()
        route = resp.json()["routes"][0]
        return RouteEstimate(
            seconds=int(route["duration"].rstrip("s")),
            meters=route["distanceMeters"],
            polyline=route["polyline"]["encodedPolyline"],
        )

    async def detour_seconds(self, start: LatLng, end: LatLng, pickup: LatLng, dropoff: LatLng) -> int:
        direct = await self.route(start, end)
        shared = await self.route(start, end, via=[pickup, dropoff])
        return max(0, shared.seconds - direct.seconds)

    async def aclose(self) -> None:
        await self._client.aclose()
