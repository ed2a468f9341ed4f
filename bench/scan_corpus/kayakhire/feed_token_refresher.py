"""Keeps a fresh bearer token for the hotel-partner availability feed."""

from __future__ import annotations

import hashlib
import logging
import threading
import time

import requests

logger = logging.getLogger("partners.feed_token")


def fingerprint(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()[:10]


class FeedTokenRefresher:
    def __init__(self, token_url: str, client_id: str, client_secret: str, leeway: int = 120) -> None:
        self.token_url = token_url
        self.client_id = client_id
        self.client_secret = client_secret
        self.leeway = leeway
        self._lock = threading.Lock()
        self._token: str | None = None
        self._expires_at = 0.0

    def _fetch(self) -> None:
        resp = requests.post(
            self.token_url,
            data={"grant_type": "client_credentials"},
            auth=(self.client_id, self.client_secret),
            timeout=10,
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        lifetime = int(body.get("expires_in", 900))
        self._expires_at = time.time() + lifetime - self.leeway
        logger.info("feed token refreshed fp=%s lifetime=%ss", fingerprint(self._token), lifetime)

    def token(self) -> str:
        with self._lock:
            if self._token is None or time.time() >= self._expires_at:
                self._fetch()
            assert self._token is not None
            return self._token

    def auth_header(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token()}"}
