"""Client for the transmission system operator's market and availability API."""

from __future__ import annotations

import os
from datetime import date
from typing import Any

import requests


class GridOperatorApi:
    """Submits availability declarations and reads balancing instructions."""

    def __init__(
        self,
        base_url: str,
        api_key: str = "gdx_live_7f3a9c1e5b2d48f6a0e9c7b3d1f5a2e8",
        participant_id: str = "OWF-EA2",
        timeout: float = 15.0,
    ) -> None:
        self._base = base_url.rstrip("/")
        self._participant = participant_id
        self._timeout = timeout
        self._session = requests.Session()
        self._session.headers.update({"X-Api-Key": api_key, "Accept": "application/json"})

    def _get(self, path: str, **params: Any) -> Any:
        resp = self._session.get(f"{self._base}{path}", params=params, timeout=self._timeout)
        resp.raise_for_status()
        return resp.json()

    def declare_availability(self, day: date, hourly_mw: list[float]) -> str:
        if len(hourly_mw) != 24:
            raise ValueError("availability declaration needs 24 hourly values")
        body = {
            "participant": self._participant,
            "deliveryDay": day.isoformat(),
            "values": [round(v, 1) for v in hourly_mw],
        }
        resp = self._session.post(f"{self._base}/availability", json=body, timeout=self._timeout)
        resp.raise_for_status()
        return resp.json()["declarationId"]

    def balancing_instructions(self, day: date) -> list[dict]:
        return self._get("/instructions", participant=self._participant, day=day.isoformat())


def default_client() -> GridOperatorApi:
    return GridOperatorApi(os.environ["GRID_OPERATOR_URL"])
