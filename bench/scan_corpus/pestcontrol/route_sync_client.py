"""Pulls optimised daily routes for technicians from the route-planning provider."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from datetime import date

import requests

log = logging.getLogger("pestcontrol.routes")


@dataclass
class RouteProviderConfig:
    base_url: str
    client_id: str
    client_secret: str
    timeout: float = 15.0


@dataclass
class RouteSyncClient:
    config: RouteProviderConfig
    session: requests.Session = field(default_factory=requests.Session)
    _token: str | None = None
    _token_expiry: float = 0.0

    def _access_token(self) -> str:
        if self._token and time.time() < self._token_expiry - 60:
            return self._token
        resp = self.session.post(
            f"{self.config.base_url}/oauth/token",
            data={"grant_type": "client_credentials"},
            auth=(self.config.client_id, self.config.client_secret),
            timeout=self.config.timeout,
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._token_expiry = time.time() + body.get("expires_in", 3600)
        log.debug("route provider token refreshed: %s (expires in %ss)",
                  self._token, body.get("expires_in"))
        return self._token

    def routes_for(self, day: date, technician_badges: list[str]) -> dict[str, list[dict]]:
        resp = self.session.get(
            f"{self.config.base_url}/v2/routes",
            params={"date": day.isoformat(), "drivers": ",".join(technician_badges)},
            headers={"Authorization": f"Bearer {self._access_token()}"},
            timeout=self.config.timeout,
        )
        resp.raise_for_status()
        plans = resp.json()["plans"]
        log.info("received %d route plans for %s", len(plans), day)
        return {p["driver"]: p["stops"] for p in plans}

    def push_completion(self, stop_id: str, completed_at: str) -> None:
        resp = self.session.post(
            f"{self.config.base_url}/v2/stops/{stop_id}/complete",
            json={"completed_at": completed_at},
            headers={"Authorization": f"Bearer {self._access_token()}"},
            timeout=self.config.timeout,
        )
        resp.raise_for_status()
