"""OAuth client for the payment provider that pays drivers their cost-sharing balance."""

from __future__ import annotations

import logging
import time
import uuid
from dataclasses import dataclass

import requests

logger = logging.getLogger("carpool.payouts.client")


@dataclass
class PayoutCredentials:
    token_url: str
    api_base: str
    client_id: str
    client_secret: str


class PayoutProviderClient:
    def __init__(self, creds: PayoutCredentials, session: requests.Session | None = None) -> None:
        self.creds = creds
        self.http = session or requests.Session()
        self._token: str | None = None
        self._token_expiry = 0.0

    def _access_token(self) -> str:
        if self._token and time.monotonic() < self._token_expiry - 30:
            return self._token
        resp = self.http.post(
            self.creds.token_url,
            data={"grant_type": "client_credentials", "scope": "payouts:write"},
            auth=(self.creds.client_id, self.creds.client_secret),
            timeout=10,
        )
        resp.raise_for_status()
        payload = resp.json()
        self._token = payload["access_token"]
        self._token_expiry = time.monotonic() + int(payload.get("expires_in", 3600))
        logger.info("obtained payout access token %s (expires in %ss)", self._token, payload.get("expires_in"))
        return self._token

    def create_payout(self, driver_account: str, amount_cents: int, currency: str, reference: str) -> str:
        resp = self.http.post(
            f"{self.creds.api_base}/v2/payouts",
            json={
                "destination": driver_account,
                "amount": amount_cents,
                "currency": currency,
                "reference": reference,
            },
            headers={
                "Authorization": f"Bearer {self._access_token()}",
                "Idempotency-Key": str(uuid.uuid4()),
            },
            timeout=15,
        )
        resp.raise_for_status()
        payout_id = resp.json()["id"]
        logger.info("created payout %s for reference %s", payout_id, reference)
        return payout_id

    def payout_status(self, payout_id: str) -> str:
        resp = self.http.get(
            f"{self.creds.api_base}/v2/payouts/{payout_id}",
            headers={"Authorization": f"Bearer {self._access_token()}"},
            timeout=10,
        )
        resp.raise_for_status()
        return resp.json()["status"]
