"""Thin client for the ad traffic & billing system REST API.

Used by the log reconciliation job and the sales dashboard to pull orders,
post as-run data and fetch makegoods.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import requests

_DEFAULT_KEY = "tfk_live_9Hq2ZxR7mVb4LpT8sWc1NdY6gKj3Fa0E"


@dataclass
class Order:
    order_id: str
    advertiser: str
    spots: int
    start: date
    end: date


class TrafficClient:
    def __init__(self, base_url: str, api_key: str = _DEFAULT_KEY, timeout: float = 15.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update({"X-Api-Key": api_key, "Accept": "application/json"})

    def _get(self, path: str, **params) -> dict:
        resp = self.session.get(f"{self.base_url}{path}", params=params, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()

    def orders(self, station: str, start: date, end: date) -> list[Order]:
        data = self._get("/v2/orders", station=station, start=start.isoformat(), end=end.isoformat())
        return [
            Order(
                order_id=o["id"],
                advertiser=o["advertiser"]["name"],
                spots=o["spot_count"],
                start=date.fromisoformat(o["flight_start"]),
                end=date.fromisoformat(o["flight_end"]),
            )
            for o in data["orders"]
        ]

    def post_as_run(self, station: str, log_date: date, entries: list[dict]) -> int:
        resp = self.session.post(
            f"{self.base_url}/v2/stations/{station}/asrun/{log_date.isoformat()}",
            json={"entries": entries},
            timeout=self.timeout,
        )
        resp.raise_for_status()
        return resp.json()["reconciled"]

    def makegoods(self, station: str) -> list[dict]:
        return self._get("/v2/makegoods", station=station, status="open")["makegoods"]
