"""Token handling for the state shellfish program's closure-notice API.

The farm polls for harvest-area closures (rainfall, biotoxin events) and
stops harvesting in affected areas.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass

import httpx

log = logging.getLogger("oysterfarm.closures")


@dataclass
class ClosureApiSettings:
    base_url: str
    client_id: str
    client_secret: str
    timeout: float = 15.0


class ClosureNoticeClient:
    def __init__(self, settings: ClosureApiSettings) -> None:
        self._s = settings
        self._client = httpx.Client(base_url=settings.base_url, timeout=settings.timeout)
        self._token: str | None = None
        self._expires_at = 0.0

    def _bearer(self) -> str:
        if self._token is None or time.monotonic() > self._expires_at - 30:
            resp = self._client.post(
                "/oauth/token",
                data={"grant_type": "client_credentials", "scope": "closures:read"},
                auth=(self._s.client_id, self._s.client_secret),
            )
            resp.raise_for_status()
            body = resp.json()
            self._token = body["access_token"]
            self._expires_at = time.monotonic() + float(body.get("expires_in", 900))
            log.info("closure API token refreshed for client %s, valid %ss", self._s.client_id, body.get("expires_in"))
        return self._token

    def active_closures(self, areas: list[str]) -> list[dict]:
        resp = self._client.get(
            "/v1/closures",
            params={"area": areas, "status": "active"},
            headers={"Authorization": f"Bearer {self._bearer()}"},
        )
        if resp.status_code == 401:
            self._token = None
            log.warning("closure API rejected the cached token; will refresh on next call")
        resp.raise_for_status()
        closures = resp.json()["closures"]
        log.info("%d active closures for areas %s", len(closures), ",".join(areas))
        return closures
