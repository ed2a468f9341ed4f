"""Client for the bodyshop partner network's estimate API.

The partner gateway presents a certificate from the garage group's private
CA, so the session is pinned to that CA bundle (path from settings).
"""
from __future__ import annotations

import time
from dataclasses import dataclass

import requests


@dataclass
class BodyshopSettings:
    base_url: str
    client_id: str
    client_secret: str
    ca_bundle: str
    timeout: float = 15.0


class BodyshopNetworkClient:
    def __init__(self, settings: BodyshopSettings):
        self._settings = settings
        self._base = settings.base_url.rstrip("/")
        self._token_expiry = 0.0
        self._session = requests.Session()
        self._session.headers.update({"Accept": "application/json"})
        self._session.verify = settings.ca_bundle

    def _authorise(self) -> None:
        if time.monotonic() < self._token_expiry - 30:
            return
        resp = self._session.post(
            f"{self._base}/oauth/token",
            data={"grant_type": "client_credentials", "scope": "estimates"},
            auth=(self._settings.client_id, self._settings.client_secret),
            timeout=self._settings.timeout,
        )
        resp.raise_for_status()
        body = resp.json()
        self._session.headers["Authorization"] = f"Bearer {body['access_token']}"
        self._token_expiry = time.monotonic() + int(body.get("expires_in", 300))

    def request_estimate(self, claim_ref: str, vehicle_reg: str, photos: list[str]) -> str:
        self._authorise()
        resp = self._session.post(
            f"{self._base}/v2/estimates",
            json={"reference": claim_ref, "registration": vehicle_reg, "photo_urls": photos},
            timeout=self._settings.timeout,
        )
        resp.raise_for_status()
        return resp.json()["estimate_id"]

    def estimate_status(self, estimate_id: str) -> dict:
        self._authorise()
        resp = self._session.get(
            f"{self._base}/v2/estimates/{estimate_id}", timeout=self._settings.timeout
        )
        resp.raise_for_status()
        return resp.json()
