"""Thin client for the route planning service used by the restock scheduler."""

from __future__ import annotations

import os
from datetime import date

import requests


class RouteApiClient:
    def __init__(self, base_url: str | None = None, token: str | None = None, timeout: float = 20.0):
        self.base_url = (base_url or os.environ["ROUTE_API_URL"]).rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token or os.environ['ROUTE_API_TOKEN']}"

    def _get(self, path: str, **params) -> dict:
        resp = self.session.get(f"{self.base_url}{path}", params=params, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()

    def _post(self, path: str, payload: dict) -> dict:
        resp = self.session.post(f"{self.base_url}{path}", json=payload, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()

    def plan_route(self, depot_id: str, day: date, machine_ids: list[str]) -> dict:
        return self._post(
            "/v1/plans",
            {"depot": depot_id, "date": day.isoformat(), "stops": machine_ids},
        )

    def route_for_driver(self, driver_id: str, day: date) -> list[dict]:
        return self._get(f"/v1/drivers/{driver_id}/routes", date=day.isoformat())["stops"]
