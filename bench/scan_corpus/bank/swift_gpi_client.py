"""Client for the SWIFT gpi Tracker API (payment status by UETR).

Used by the payments operations dashboard and the customer "where is my
payment" lookup. OAuth2 client-credentials tokens are cached until shortly
before expiry.
"""
from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass

import requests

log = logging.getLogger("payments.gpi")


@dataclass(frozen=True)
class GpiConfig:
    api_base: str
    token_url: str
    consumer_key: str
    consumer_secret: str
    bic: str
    timeout: float = 10.0


class GpiTrackerClient:
    def __init__(self, cfg: GpiConfig) -> None:
        self._cfg = cfg
        self._session = requests.Session()
        self._lock = threading.Lock()
        self._token: str | None = None
        self._expires_at = 0.0

    def _access_token(self) -> str:
        with self._lock:
            if self._token and time.monotonic() < self._expires_at - 60:
                return self._token
            resp = self._session.post(
                self._cfg.token_url,
                data={"grant_type": "client_credentials", "scope": "swift.apitracker"},
                auth=(self._cfg.consumer_key, self._cfg.consumer_secret),
                timeout=self._cfg.timeout,
            )
            resp.raise_for_status()
            body = resp.json()
            self._token = body["access_token"]
            self._expires_at = time.monotonic() + int(body.get("expires_in", 1800))
            log.debug("gpi token refreshed for %s: %s", self._cfg.bic, self._token)
            return self._token

    def payment_status(self, uetr: str) -> dict:
        resp = self._session.get(
            f"{self._cfg.api_base}/swift-apitracker/v5/payments/{uetr}/transactions",
            headers={"Authorization": f"Bearer {self._access_token()}"},
            timeout=self._cfg.timeout,
        )
        if resp.status_code == 404:
            log.info("uetr %s not known to tracker", uetr)
            return {"uetr": uetr, "status": "UNKNOWN"}
        resp.raise_for_status()
        data = resp.json()
        log.info("uetr %s status %s", uetr, data.get("transaction_status", {}).get("status"))
        return data
