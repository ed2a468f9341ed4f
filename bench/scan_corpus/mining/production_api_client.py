"""Client for the production reporting API of the fleet dispatch system.

The API key is issued per integration and injected by the deployment as
``DISPATCH_API_KEY``; the base URL comes from the job configuration.
"""
from __future__ import annotations

import os
from datetime import date
from typing import Any

import requests

API_KEY_ENV = "DISPATCH_API_KEY"
API_KEY_HEADER = "X-Api-Key"


class ProductionApi:
    def __init__(self, base_url: str, api_key: str | None = None, timeout: float = 15.0) -> None:
        key = api_key or os.environ.get(API_KEY_ENV)
        if not key:
            raise RuntimeError(f"{API_KEY_ENV} is not set")
        self._base = base_url.rstrip("/")
        self._timeout = timeout
        self._session = requests.Session()
        self._session.headers.update({API_KEY_HEADER: key, "Accept": "application/json"})

    def _get(self, path: str, **params: Any) -> Any:
        resp = self._session.get(f"{self._base}{path}", params=params, timeout=self._timeout)
        resp.raise_for_status()
        return resp.json()

    def shift_tonnes(self, day: date, shift: str) -> dict[str, float]:
        data = self._get("/v1/production/summary", date=day.isoformat(), shift=shift)
        return {row["material"]: float(row["tonnes"]) for row in data["rows"]}

    def truck_cycles(self, day: date, truck_id: str) -> list[dict]:
        return self._get(f"/v1/equipment/{truck_id}/cycles", date=day.isoformat())["items"]
