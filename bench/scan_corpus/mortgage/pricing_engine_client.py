"""Client for the product & pricing engine (PPE) used for rate quotes and locks."""
from __future__ import annotations

import logging
import os
import time
from decimal import Decimal

import requests

log = logging.getLogger("ppe")


class PricingEngineClient:
    def __init__(self, base_url: str | None = None, timeout: float = 20.0) -> None:
        self.base_url = (base_url or os.environ["PPE_BASE_URL"]).rstrip("/")
        self.timeout = timeout
        self._session = requests.Session()
        self._token: str | None = None
        self._token_expiry = 0.0

    def _authenticate(self) -> None:
        resp = self._session.post(
            f"{self.base_url}/oauth/token",
            data={
                "grant_type": "client_credentials",
                "client_id": os.environ["PPE_CLIENT_ID"],
                "client_secret": os.environ["PPE_CLIENT_SECRET"],
            },
            timeout=self.timeout,
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._token_expiry = time.time() + int(body.get("expires_in", 3600)) - 60
        log.debug("PPE auth ok, bearer=%s expires_in=%s", self._token, body.get("expires_in"))
        self._session.headers["Authorization"] = f"Bearer {self._token}"

    def _ensure_token(self) -> None:
        if not self._token or time.time() >= self._token_expiry:
            self._authenticate()

    def quote(self, scenario: dict) -> list[dict]:
        self._ensure_token()
        resp = self._session.post(f"{self.base_url}/v1/quotes", json=scenario, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()["products"]

    def lock(self, loan_number: str, product_code: str, rate: Decimal, lock_days: int) -> dict:
        self._ensure_token()
        payload = {
            "loanNumber": loan_number,
            "productCode": product_code,
            "rate": str(rate),
            "lockPeriodDays": lock_days,
        }
        resp = self._session.post(f"{self.base_url}/v1/locks", json=payload, timeout=self.timeout)
        resp.raise_for_status()
        lock = resp.json()
        log.info("locked %s at %s for %d days (lock id %s)", loan_number, rate, lock_days, lock["lockId"])
        return lock
