"""Client for the port operator's gate API (OAuth2 client credentials).

Used by the check-in service to pre-announce vehicles so the port's ANPR
cameras can match registrations to lanes.
"""
import logging
import os
import time
from typing import Any, Dict, Optional

import requests

log = logging.getLogger(__name__)


class GateApiClient:
    def __init__(self, base_url: str, token_url: str, client_id: str,
                 client_secret: Optional[str] = None, timeout: float = 10.0):
        self.base_url = base_url.rstrip("/")
        self._token_url = token_url
        self._client_id = client_id
        self._client_secret = client_secret or os.environ["GATE_API_CLIENT_SECRET"]
        self._timeout = timeout
        self._session = requests.Session()
        self._token: Optional[str] = None
        self._expires_at = 0.0

    def _refresh_token(self) -> None:
        resp = self._session.post(
            self._token_url,
            data={"grant_type": "client_credentials", "scope": "gate.preannounce"},
            auth=(self._client_id, self._client_secret),
            timeout=self._timeout,
        )
        resp.raise_for_status()
        payload = resp.json()
        self._token = payload["access_token"]
        self._expires_at = time.monotonic() + int(payload.get("expires_in", 300)) - 30
        log.debug("gate API token refreshed (expires_in=%s): %s", payload.get("expires_in"), self._token)

    def _headers(self) -> Dict[str, str]:
        if self._token is None or time.monotonic() >= self._expires_at:
            self._refresh_token()
        return {"Authorization": f"Bearer {self._token}"}

    def preannounce(self, registration: str, sailing_code: str, lane_group: str) -> Dict[str, Any]:
        resp = self._session.post(
            f"{self.base_url}/v1/preannouncements",
            json={"registration": registration, "sailing": sailing_code, "laneGroup": lane_group},
            headers=self._headers(),
            timeout=self._timeout,
        )
        resp.raise_for_status()
        return resp.json()

    def cancel(self, preannouncement_id: str) -> None:
        resp = self._session.delete(
            f"{self.base_url}/v1/preannouncements/{preannouncement_id}",
            headers=self._headers(),
            timeout=self._timeout,
        )
        if resp.status_code not in (200, 204, 404):
            resp.raise_for_status()
