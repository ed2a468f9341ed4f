"""Client for the digital distributor's delivery API (OAuth2 client credentials).

Used by the release pipeline to create products, attach assets and request
delivery to DSPs.
"""
from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass

import requests

log = logging.getLogger("distributor.client")


@dataclass(frozen=True)
class DistributorConfig:
    base_url: str
    token_url: str
    client_id: str
    client_secret: str
    timeout: float = 20.0

    @classmethod
    def from_env(cls) -> "DistributorConfig":
        return cls(
            base_url=os.environ["DISTRIBUTOR_API_URL"].rstrip("/"),
            token_url=os.environ["DISTRIBUTOR_TOKEN_URL"],
            client_id=os.environ["DISTRIBUTOR_CLIENT_ID"],
            client_secret=os.environ["DISTRIBUTOR_CLIENT_SECRET"],
        )


class DistributorClient:
    def __init__(self, config: DistributorConfig) -> None:
        self.config = config
        self.http = requests.Session()
        self._token: str | None = None
        self._token_expiry = 0.0

    def _access_token(self) -> str:
        if self._token and time.monotonic() < self._token_expiry - 60:
            return self._token
        resp = self.http.post(
            self.config.token_url,
            data={"grant_type": "client_credentials", "scope": "delivery"},
            auth=(self.config.client_id, self.config.client_secret),
            timeout=self.config.timeout,
        )
        resp.raise_for_status()
        payload = resp.json()
        self._token = payload["access_token"]
        self._token_expiry = time.monotonic() + int(payload.get("expires_in", 3600))
        log.debug("obtained distributor token %s (expires in %ss)", self._token, payload.get("expires_in"))
        return self._token

    def _request(self, method: str, path: str, **kwargs) -> dict:
        headers = {"Authorization": f"Bearer {self._access_token()}"}
        resp = self.http.request(
            method, f"{self.config.base_url}{path}", headers=headers,
            timeout=self.config.timeout, **kwargs,
        )
        if resp.status_code >= 400:
            log.warning("distributor %s %s failed: %s", method, path, resp.status_code)
        resp.raise_for_status()
        return resp.json() if resp.content else {}

    def create_product(self, upc: str, title: str, artist: str, release_date: str) -> dict:
        return self._request("POST", "/products", json={
            "upc": upc, "title": title, "primary_artist": artist, "release_date": release_date,
        })

    def attach_track(self, upc: str, isrc: str, position: int, audio_url: str) -> dict:
        return self._request("POST", f"/products/{upc}/tracks", json={
            "isrc": isrc, "position": position, "audio_url": audio_url,
        })

    def request_delivery(self, upc: str, dsps: list[str]) -> dict:
        log.info("requesting delivery of %s to %s", upc, ", ".join(dsps))
        return self._request("POST", f"/products/{upc}/deliveries", json={"dsps": dsps})
