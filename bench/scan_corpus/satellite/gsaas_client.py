"""Books satellite passes on the ground-station-as-a-service network."""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from datetime import datetime

import requests

log = logging.getLogger(__name__)


@dataclass
class PassRequest:
    satellite_norad: int
    station: str
    aos: datetime
    los: datetime
    downlink_mbps: int = 300


class GsaasClient:
    def __init__(self, base_url: str, client_id: str, client_secret: str):
        self.base_url = base_url.rstrip("/")
        self._client_id = client_id
        self._client_secret = client_secret
        self._token: str | None = None
        self._expires = 0.0
        self.http = requests.Session()

    def _access_token(self) -> str:
        if self._token and time.time() < self._expires - 30:
            return self._token
        resp = self.http.post(
            f"{self.base_url}/oauth/token",
            data={"grant_type": "client_credentials", "scope": "contacts:write"},
            auth=(self._client_id, self._client_secret),
            timeout=20,
        )
        resp.raise_for_status()
        payload = resp.json()
        self._token = payload["access_token"]
        self._expires = time.time() + payload["expires_in"]
        log.debug("new GSaaS token %s valid for %ss", self._token, payload["expires_in"])
        return self._token

    def book(self, req: PassRequest) -> str:
        resp = self.http.post(
            f"{self.base_url}/v1/contacts",
            json={
                "norad_id": req.satellite_norad,
                "ground_station": req.station,
                "start": req.aos.isoformat(),
                "end": req.los.isoformat(),
                "downlink_rate_mbps": req.downlink_mbps,
            },
            headers={"Authorization": f"Bearer {self._access_token()}"},
            timeout=30,
        )
        resp.raise_for_status()
        contact_id = resp.json()["contact_id"]
        log.info("booked contact %s at %s (%s - %s)", contact_id, req.station, req.aos, req.los)
        return contact_id
