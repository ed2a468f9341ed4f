"""Client for the payment gateway used for club renewals and e-shop checkout."""
from __future__ import annotations

import os
import uuid
from decimal import Decimal

import httpx

TOKEN_PATH = "/oauth2/token"
GRANT_TYPE = "client_credentials"
API_VERSION = "2024-06-01"
PASSWORD_FIELD = "client_secret"


class PaymentGateway:
    def __init__(self, base_url: str | None = None, client_id: str | None = None,
                 client_secret: str | None = None, timeout: float = 15.0):
        self.base_url = (base_url or os.environ["PAYMENTS_BASE_URL"]).rstrip("/")
        self._client_id = client_id or os.environ["PAYMENTS_CLIENT_ID"]
        self._client_secret = client_secret or os.environ["PAYMENTS_CLIENT_SECRET"]
        self._http = httpx.Client(base_url=self.base_url, timeout=timeout,
                                  headers={"Api-Version": API_VERSION})
        self._token: str | None = None

    def _access_token(self) -> str:
        if self._token is None:
            resp = self._http.post(TOKEN_PATH, data={
                "grant_type": GRANT_TYPE,
                "client_id": self._client_id,
                PASSWORD_FIELD: self._client_secret,
            })
            resp.raise_for_status()
            self._token = resp.json()["access_token"]
        return self._token

    def charge(self, customer_ref: str, amount: Decimal, currency: str = "USD") -> dict:
        resp = self._http.post(
            "/v1/charges",
            json={"customer": customer_ref, "amount": str(amount), "currency": currency},
            headers={"Authorization": f"Bearer {self._access_token()}",
                     "Idempotency-Key": str(uuid.uuid4())},
        )
        resp.raise_for_status()
        return resp.json()
