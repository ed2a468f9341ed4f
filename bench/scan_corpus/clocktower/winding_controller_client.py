"""HTTP client for the remote winding controllers fitted in clock towers.

Each controller exposes a small JSON API on the tower's cellular router.
The gateway authenticates with a per-device bearer token that it obtains
from the controller registry.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timezone

import requests

log = logging.getLogger("clocktower.controllers")


@dataclass
class ControllerEndpoint:
    tower_code: str
    base_url: str
    token: str
    ca_bundle: str


class WindingControllerClient:
    def __init__(self, endpoint: ControllerEndpoint, timeout: float = 10.0):
        self.endpoint = endpoint
        self.timeout = timeout
        self.session = requests.Session()
        self.session.verify = endpoint.ca_bundle
        self.session.headers["Authorization"] = f"Bearer {endpoint.token}"
        log.debug("session to %s using token %s", endpoint.tower_code, endpoint.token)

    def _url(self, path: str) -> str:
        return f"{self.endpoint.base_url.rstrip('/')}/{path.lstrip('/')}"

    def status(self) -> dict:
        resp = self.session.get(self._url("/api/v1/status"), timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()

    def wind(self, turns: int) -> dict:
        if not 1 <= turns <= 400:
            raise ValueError("turns must be between 1 and 400")
        resp = self.session.post(
            self._url("/api/v1/wind"), json={"turns": turns}, timeout=self.timeout
        )
        resp.raise_for_status()
        log.info("wound %s by %d turns", self.endpoint.tower_code, turns)
        return resp.json()

    def set_time(self, when: datetime | None = None) -> None:
        when = when or datetime.now(timezone.utc)
        resp = self.session.put(
            self._url("/api/v1/time"), json={"utc": when.isoformat()}, timeout=self.timeout
        )
        resp.raise_for_status()
        log.info("set time on %s to %s", self.endpoint.tower_code, when.isoformat())

    def close(self) -> None:
        self.session.close()
