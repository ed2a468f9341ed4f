"""Client for the AVL vendor fleet API used by the fleet team's scripts."""
import os
from datetime import datetime

import httpx

API_KEY_HEADER = "X-Api-Key"
API_KEY_ENV = "AVL_API_KEY"
DEFAULT_TIMEOUT = httpx.Timeout(15.0, connect=5.0)


class AVLFleetAPI:
    def __init__(self, base_url: str | None = None, api_key: str | None = None):
        key = api_key or os.environ.get(API_KEY_ENV)
        if not key:
            raise RuntimeError(f"{API_KEY_ENV} is not set")
        self._client = httpx.Client(
            base_url=base_url or os.environ["AVL_API_URL"],
            headers={API_KEY_HEADER: key, "Accept": "application/json"},
            timeout=DEFAULT_TIMEOUT,
        )

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._client.close()

    def vehicles(self) -> list[dict]:
        resp = self._client.get("/v2/vehicles")
        resp.raise_for_status()
        return resp.json()["vehicles"]

    def trail(self, vehicle_id: str, start: datetime, end: datetime) -> list[dict]:
        resp = self._client.get(
            f"/v2/vehicles/{vehicle_id}/positions",
            params={"from": start.isoformat(), "to": end.isoformat()},
        )
        resp.raise_for_status()
        return resp.json()["positions"]
