"""Client for the PayPal Payouts API, used for creators outside Connect regions."""
from __future__ import annotations

import os
import time
import uuid

import requests

CLIENT_ID_ENV = "PAYPAL_CLIENT_ID"
CLIENT_SECRET_ENV = "PAYPAL_CLIENT_SECRET"
API_BASE_ENV = "PAYPAL_API_BASE"


class PayPalPayouts:
    def __init__(self, session: requests.Session | None = None) -> None:
        self.base = os.environ[API_BASE_ENV].rstrip("/")
        self._client_id = os.environ[CLIENT_ID_ENV]
        self._client_secret = os.environ[CLIENT_SECRET_ENV]
        self._http = session or requests.Session()
        self._token: str | None = None
        self._token_expiry = 0.0

    def _access_token(self) -> str:
        if self._token and time.time() < self._token_expiry - 60:
            return self._token
        resp = self._http.post(
            f"{self.base}/v1/oauth2/token",
            data={"grant_type": "client_credentials"},
            auth=(self._client_id, self._client_secret),
            timeout=15,
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._token_expiry = time.time() + int(body["expires_in"])
        return self._token

    def send_batch(self, period: str, items: list[dict]) -> str:
        payload = {
            "sender_batch_header": {
                "sender_batch_id": f"{period}-{uuid.uuid4().hex[:8]}",
                "email_subject": "Your creator earnings have been sent",
            },
            "items": items,
        }
        resp = self._http.post(
            f"{self.base}/v1/payments/payouts",
            json=payload,
            headers={"Authorization": f"Bearer {self._access_token()}"},
            timeout=30,
        )
        resp.raise_for_status()
        return resp.json()["batch_header"]["payout_batch_id"]
