"""Optimise delivery run stop order with the route planning service."""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import time

import httpx

ROUTING_BASE_URL = os.environ.get("ROUTING_BASE_URL", "https://api.routeplanner.example.com/v3")


@dataclass
class Stop:
    stop_id: int
    postcode: str
    lat: float
    lon: float
    window_start: time | None = None
    window_end: time | None = None
    pallets: int = 1


class RoutePlanner:
    def __init__(self, api_key: str | None = None, base_url: str = ROUTING_BASE_URL) -> None:
        key = api_key or os.environ["ROUTING_API_KEY"]
        self._client = httpx.Client(
            base_url=base_url,
            headers={"Authorization": f"Bearer {key}"},
            timeout=httpx.Timeout(30.0, connect=5.0),
        )

    def optimise(self, depot: tuple[float, float], stops: list[Stop], van_capacity: int = 12) -> list[int]:
        body = {
            "depot": {"lat": depot[0], "lon": depot[1]},
            "vehicle": {"capacity": van_capacity},
            "jobs": [
                {
                    "id": s.stop_id,
                    "location": {"lat": s.lat, "lon": s.lon},
                    "demand": s.pallets,
                    "time_window": [
                        s.window_start.isoformat() if s.window_start else None,
                        s.window_end.isoformat() if s.window_end else None,
                    ],
                }
                for s in stops
            ],
        }
        resp = self._client.post("/optimize", json=body)
        resp.raise_for_status()
        return [leg["job_id"] for leg in resp.json()["route"] if leg.get("job_id") is not None]

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "RoutePlanner":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
