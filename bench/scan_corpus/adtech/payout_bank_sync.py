"""Submit approved publisher payouts to the payment provider in batches."""
import logging
import time
import uuid

import requests

log = logging.getLogger("payouts.provider")


class PayoutProviderClient:
    def __init__(self, base_url: str, client_id: str, client_secret: str, timeout: float = 15.0):
        self._base = base_url.rstrip("/")
        self._client_id = client_id
        self._client_secret = client_secret
        self._timeout = timeout
        self._session = requests.Session()
        self._token: str | None = None
        self._token_expiry = 0.0

    def _access_token(self) -> str:
        if self._token and time.monotonic() < self._token_expiry - 30:
            return self._token
        resp = self._session.post(
            f"{self._base}/oauth/token",
            data={"grant_type": "client_credentials"},
            auth=(self._client_id, self._client_secret),
            timeout=self._timeout,
        )
        resp.raise_for_status()
        data = resp.json()
        self._token = data["access_token"]
        self._token_expiry = time.monotonic() + data.get("expires_in", 3600)
        return self._token

    def _headers(self, idempotency_key: str) -> dict:
        return {
            "Authorization": f"Bearer {self._access_token()}",
            "Idempotency-Key": idempotency_key,
            "Content-Type": "application/json",
        }

    def submit_batch(self, payouts: list[dict]) -> str:
        idem = str(uuid.uuid4())
        headers = self._headers(idem)
        log.debug("POST %s/v1/payout-batches headers=%s items=%d", self._base, headers, len(payouts))
        resp = self._session.post(
            f"{self._base}/v1/payout-batches",
            json={"items": payouts, "currency": "USD"},
            headers=headers,
            timeout=self._timeout,
        )
        resp.raise_for_status()
        batch_id = resp.json()["batch_id"]
        log.info("submitted payout batch %s with %d items", batch_id, len(payouts))
        return batch_id
