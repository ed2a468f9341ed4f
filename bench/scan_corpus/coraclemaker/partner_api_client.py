"""Client for the RiverBook aggregator, which resells our river trips.

We push availability every fifteen minutes and pull new bookings.  RiverBook
uses OAuth2 client credentials; the token is cached until shortly before
it expires.
"""
from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass

import requests

log = logging.getLogger(__name__)


@dataclass
class RiverBookConfig:
    base_url: str
    client_id: str
    client_secret: str
    timeout: float = 10.0

    @classmethod
    def from_env(cls) -> "RiverBookConfig":
        return cls(
            base_url=os.environ["RIVERBOOK_BASE_URL"].rstrip("/"),
            client_id=os.environ["RIVERBOOK_CLIENT_ID"],
            client_secret=os.environ["RIVERBOOK_CLIENT_SECRET"],
        )


class RiverBookClient:
    def __init__(self, config: RiverBookConfig) -> None:
        self.config = config
        self.http = requests.Session()
        self._token: str | None = None
        self._token_expiry = 0.0

    def _access_token(self) -> str:
        if self._token and time.monotonic() < self._token_expiry - 60:
            return self._token
        resp = self.http.post(
            f"{self.config.base_url}/oauth/token",
            data={"grant_type": "client_credentials", "scope": "availability bookings"},
            auth=(self.config.client_id, self.config.client_secret),
            timeout=self.config.timeout,
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._token_expiry = time.monotonic() + int(body.get("expires_in", 3600))
        log.info("RiverBook token refreshed: %s (expires in %ss)", self._token, body.get("expires_in"))
        return self._token

    def _headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self._access_token()}"}

    def push_availability(self, trip_date: str, departures: list[dict]) -> None:
        resp = self.http.put(
            f"{self.config.base_url}/v2/products/coracle-trip/availability/{trip_date}",
            json={"departures": departures},
            headers=self._headers(),
            timeout=self.config.timeout,
        )
        resp.raise_for_status()
        log.info("pushed %d departures for %s", len(departures), trip_date)

    def new_bookings(self, since: str) -> list[dict]:
        resp = self.http.get(
            f"{self.config.base_url}/v2/bookings",
            params={"product": "coracle-trip", "created_after": since},
            headers=self._headers(),
            timeout=self.config.timeout,
        )
        resp.raise_for_status()
        return resp.json()["items"]
