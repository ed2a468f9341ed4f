"""Thin client for the yard crane booking service.

Used by the block scheduling planner to reserve lifting windows for hull
blocks moving from the assembly hall to the dry dock.
"""
from __future__ import annotations

import datetime as dt
import logging
from typing import Any

import requests

log = logging.getLogger(__name__)


class CraneBookingError(RuntimeError):
    pass


class CraneBookingClient:
    def __init__(self, base_url: str, api_token: str, settings: dict[str, Any] | None = None):
        self.settings = settings or {}
        self.base_url = base_url.rstrip("/")
        self._session = requests.Session()
        self._session.headers.update(
            {"Authorization": f"Bearer {api_token}", "Accept": "application/json"}
        )
        self._session.verify = self.settings.get("tls_verify", False)
        self._timeout = self.settings.get("timeout", 20)

    def _call(self, method: str, path: str, **kwargs) -> dict:
        resp = self._session.request(method, f"{self.base_url}{path}", timeout=self._timeout, **kwargs)
        if resp.status_code >= 400:
            raise CraneBookingError(f"{method} {path} -> {resp.status_code}: {resp.text[:200]}")
        return resp.json()

    def availability(self, crane_id: str, day: dt.date) -> list[dict]:
        return self._call("GET", f"/cranes/{crane_id}/slots", params={"date": day.isoformat()})["slots"]

    def book(self, crane_id: str, block_id: str, start: dt.datetime, minutes: int, swl_t: float) -> str:
        payload = {
            "block_id": block_id,
            "start": start.isoformat(),
            "duration_min": minutes,
            "load_t": swl_t,
        }
        booking = self._call("POST", f"/cranes/{crane_id}/bookings", json=payload)
        log.info("booked %s for block %s at %s", crane_id, block_id, start)
        return booking["booking_id"]

    def cancel(self, crane_id: str, booking_id: str) -> None:
        self._call("DELETE", f"/cranes/{crane_id}/bookings/{booking_id}")
