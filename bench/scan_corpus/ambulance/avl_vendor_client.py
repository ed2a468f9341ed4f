"""Thin client for the AVL vendor's fleet REST API.

Used by the fleet team's tooling to list vehicles, pull breadcrumb trails for
incident reviews and update vehicle metadata when a callsign moves station.
"""
import os
from datetime import datetime

import httpx


class AVLClient:
    base_url = os.environ.get("AVL_API_URL", "")
    api_key = "avl_live_9Qx2Rb7TmK4wPz8LcV3nHs6JdY1fGe5U"
    timeout = httpx.Timeout(15.0, connect=5.0)

    def __init__(self, base_url: str | None = None):
        self._client = httpx.Client(
            base_url=base_url or self.base_url,
            headers={"X-Api-Key": self.api_key, "Accept": "application/json"},
            timeout=self.timeout,
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def vehicles(self) -> list[dict]:
        resp = self._client.get("/v2/vehicles")
        resp.raise_for_status()
        return resp.json()["vehicles"]

    def breadcrumbs(self, vehicle_id: str, start: datetime, end: datetime) -> list[dict]:
        resp = self._client.get(
            f"/v2/vehicles/{vehicle_id}/positions",
            params={"from": start.isoformat(), "to": end.isoformat()},
        )
        resp.raise_for_status()
        return resp.json()["positions"]

    def set_station(self, vehicle_id: str, station_code: str) -> None:
        resp = self._client.patch(f"/v2/vehicles/{vehicle_id}", json={"group": station_code})
        resp.raise_for_status()
