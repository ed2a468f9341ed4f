"""Client for the weighbridge indicator's REST interface.

Log lorries are weighed in gross on arrival and tare on exit. The indicator
exposes tickets over HTTPS; this module pulls completed tickets so intake can
be reconciled against supplier delivery notes.
"""
from __future__ import annotations

import logging
from datetime import date
from typing import Any, Iterator

import requests

log = logging.getLogger(__name__)

DEFAULTS: dict[str, Any] = {
    "timeout": 10,
    "verify": False,
    "page_size": 200,
}


class WeighbridgeClient:
    def __init__(self, base_url: str, username: str, password: str, **overrides: Any):
        self.cfg = {**DEFAULTS, **overrides}
        self.base_url = base_url.rstrip("/")
        self._session = requests.Session()
        self._session.auth = (username, password)
        self._session.verify = self.cfg["verify"]
        self._session.headers["Accept"] = "application/json"

    def _get(self, path: str, **params: Any) -> Any:
        resp = self._session.get(f"{self.base_url}{path}", params=params, timeout=self.cfg["timeout"])
        resp.raise_for_status()
        return resp.json()

    def tickets(self, day: date) -> Iterator[dict]:
        page = 1
        while True:
            body = self._get("/api/tickets", date=day.isoformat(), page=page, size=self.cfg["page_size"])
            yield from body["items"]
            if not body.get("next"):
                break
            page += 1

    def net_tonnes(self, day: date) -> float:
        total_kg = sum(t["gross_kg"] - t["tare_kg"] for t in self.tickets(day) if t.get("tare_kg"))
        log.info("weighbridge %s: %.2f t net intake", day, total_kg / 1000)
        return total_kg / 1000
