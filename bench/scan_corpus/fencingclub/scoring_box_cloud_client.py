"""Client for the scoring box vendor's cloud service.

The club's boxes upload bout logs to the vendor cloud; this client pulls
them back for the results database and checks firmware updates.
"""
from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass
from typing import Any, Iterator, Optional

import requests

logger = logging.getLogger("club.scoring_cloud")


@dataclass
class CloudCredentials:
    base_url: str
    client_id: str
    client_secret: str

    @classmethod
    def from_env(cls) -> "CloudCredentials":
        return cls(
            base_url=os.environ["SCORING_CLOUD_URL"].rstrip("/"),
            client_id=os.environ["SCORING_CLOUD_CLIENT_ID"],
            client_secret=os.environ["SCORING_CLOUD_CLIENT_SECRET"],
        )


class ScoringCloudClient:
    def __init__(self, creds: CloudCredentials, timeout: float = 15.0) -> None:
        self.creds = creds
        self.timeout = timeout
        self.http = requests.Session()
        self._access_token: Optional[str] = None
        self._expires_at = 0.0

    def _authenticate(self) -> None:
        creds = self.creds
        logger.debug("token request to %s client_id=%s client_secret=%s", creds.base_url, creds.client_id, creds.client_secret)
        resp = self.http.post(
            f"{self.creds.base_url}/oauth/token",
            data={"grant_type": "client_credentials", "scope": "bouts:read devices:read"},
            auth=(self.creds.client_id, self.creds.client_secret),
            timeout=self.timeout,
        )
        resp.raise_for_status()
        payload = resp.json()
        self._access_token = payload["access_token"]
        self._expires_at = time.monotonic() + int(payload.get("expires_in", 3600)) - 30

    def _get(self, path: str, **params: Any) -> dict:
        if self._access_token is None or time.monotonic() >= self._expires_at:
            self._authenticate()
        resp = self.http.get(
            f"{self.creds.base_url}{path}",
            params=params,
            headers={"Authorization": f"Bearer {self._access_token}"},
            timeout=self.timeout,
        )
        resp.raise_for_status()
        return resp.json()

    def bout_logs(self, device_serial: str, since: str) -> Iterator[dict]:
        cursor: Optional[str] = None
        while True:
            page = self._get(f"/v2/devices/{device_serial}/bouts", since=since, cursor=cursor)
            yield from page["items"]
            cursor = page.get("next_cursor")
            if not cursor:
                return

    def firmware_status(self, device_serial: str) -> dict:
        info = self._get(f"/v2/devices/{device_serial}/firmware")
        logger.info(
            "box %s firmware %s (latest %s)",
            device_serial, info.get("installed"), info.get("latest"),
        )
        return info
