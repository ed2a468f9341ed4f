"""Session-based client for the courier's collection-booking portal API.

The portal issues a session token on login that lasts about an hour; the
client logs in lazily and again when the token expires.
"""
from __future__ import annotations

import logging
import os
import time
from datetime import date

import httpx

log = logging.getLogger(__name__)


def _mask(secret: str) -> str:
    return f"...{secret[-4:]}" if len(secret) > 8 else "***"


class CollectionPortal:
    def __init__(self, base_url: str, username: str, password: str, timeout: float = 15.0) -> None:
        self._client = httpx.Client(base_url=base_url, timeout=timeout)
        self._username = username
        self._password = password
        self._token: str | None = None
        self._token_expires = 0.0

    @classmethod
    def from_env(cls) -> "CollectionPortal":
        return cls(
            os.environ["COLLECTION_PORTAL_URL"],
            os.environ["COLLECTION_PORTAL_USER"],
            os.environ["COLLECTION_PORTAL_PASSWORD"],
        )

    def _login(self) -> None:
        resp = self._client.post(
            "/auth/login", json={"username": self._username, "password": self._password}
        )
        if resp.status_code != 200:
            log.error("portal login failed for %s (HTTP %s)", self._username, resp.status_code)
            resp.raise_for_status()
        body = resp.json()
        self._token = body["token"]
        self._token_expires = time.monotonic() + int(body.get("expires_in", 3600)) - 60
        log.info("portal session for %s started, token %s", self._username, _mask(self._token))

    def _headers(self) -> dict[str, str]:
        if self._token is None or time.monotonic() >= self._token_expires:
            self._login()
        return {"Authorization": f"Bearer {self._token}"}

    def book_collection(self, day: date, parcels: int, weight_kg: float) -> str:
        resp = self._client.post(
            "/collections",
            headers=self._headers(),
            json={"date": day.isoformat(), "parcels": parcels, "total_weight_kg": weight_kg},
        )
        resp.raise_for_status()
        ref = resp.json()["reference"]
        log.info("booked collection %s for %s (%d parcels)", ref, day, parcels)
        return ref

    def close(self) -> None:
        self._client.close()
