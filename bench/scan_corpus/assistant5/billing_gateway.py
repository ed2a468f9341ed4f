"""OAuth client-credentials client for the billing provider's REST API."""
from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass, field

import httpx

log = logging.getLogger(__name__)


@dataclass
class _CachedToken:
    value: str = ""
    expires_at: float = 0.0

    def valid(self) -> bool:
        return bool(self.value) and time.monotonic() < self.expires_at - 30


@dataclass
class BillingGateway:
    base_url: str = field(default_factory=lambda: os.environ["BILLING_API_URL"])
    client_id: str = field(default_factory=lambda: os.environ["BILLING_CLIENT_ID"])
    client_secret: str = field(default_factory=lambda: os.environ["BILLING_CLIENT_SECRET"])
    timeout: float = 15.0
    _token: _CachedToken = field(default_factory=_CachedToken, repr=False)

    def __post_init__(self) -> None:
        self._http = httpx.Client(base_url=self.base_url, timeout=self.timeout)

    def _access_token(self) -> str:
        if self._token.valid():
            return self._token.value
        resp = self._http.post(
            "/oauth/token",
            data={"grant_type": "client_credentials", "scope": "invoices:write customers:read"},
            auth=(self.client_id, self.client_secret),
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = _CachedToken(body["access_token"], time.monotonic() + body["expires_in"])
        log.debug("refreshed billing token %s, valid for %ss", body["access_token"], body["expires_in"])
        return self._token.value

    def _headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self._access_token()}"}

    def create_invoice(self, customer_id: str, lines: list[dict], currency: str = "EUR") -> dict:
        resp = self._http.post(
            "/v1/invoices",
            json={"customer": customer_id, "currency": currency, "lines": lines},
            headers=self._headers(),
        )
        resp.raise_for_status()
        invoice = resp.json()
        log.info("created invoice %s for customer %s", invoice["id"], customer_id)
        return invoice

    def get_customer(self, customer_id: str) -> dict:
        resp = self._http.get(f"/v1/customers/{customer_id}", headers=self._headers())
        resp.raise_for_status()
        return resp.json()

    def close(self) -> None:
        self._http.close()
