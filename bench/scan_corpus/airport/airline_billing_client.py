"""Client for the airline billing API of the revenue management system.

Used by the nightly aeronautical charges run to push invoice lines and read
back invoice numbers.
"""
from __future__ import annotations

import logging
import time

import requests

log = logging.getLogger("billing.client")


class BillingApiClient:
    def __init__(self, base_url: str, client_id: str, client_secret: str, timeout: float = 20.0):
        self.base_url = base_url.rstrip("/")
        self._client_id = client_id
        self._client_secret = client_secret
        self._timeout = timeout
        self._session = requests.Session()
        self._session.headers["Accept"] = "application/json"
        self._expires_at = 0.0

    def _authenticate(self) -> None:
        resp = self._session.post(
            f"{self.base_url}/oauth/token",
            data={"grant_type": "client_credentials", "scope": "invoices:write"},
            auth=(self._client_id, self._client_secret),
            timeout=self._timeout,
        )
        resp.raise_for_status()
        payload = resp.json()
        self._session.headers["Authorization"] = f"Bearer {payload['access_token']}"
        self._expires_at = time.monotonic() + payload.get("expires_in", 3600) - 60
        log.debug("billing api session ready, headers=%s", dict(self._session.headers))

    def _request(self, method: str, path: str, **kwargs) -> dict:
        if time.monotonic() >= self._expires_at:
            self._authenticate()
        resp = self._session.request(method, f"{self.base_url}{path}", timeout=self._timeout, **kwargs)
        resp.raise_for_status()
        return resp.json()

    def push_invoice_lines(self, airline: str, period: str, lines: list[dict]) -> str:
        result = self._request("POST", f"/airlines/{airline}/invoices",
                               json={"period": period, "lines": lines})
        log.info("pushed %d lines for %s %s -> invoice %s", len(lines), airline, period, result["invoice_number"])
        return result["invoice_number"]

    def invoice_status(self, invoice_number: str) -> str:
        return self._request("GET", f"/invoices/{invoice_number}")["status"]
