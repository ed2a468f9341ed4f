"""Nightly autopay run: charge stored payment methods for bills due today."""
import logging
import os
import time
from decimal import Decimal

import httpx

log = logging.getLogger("billing.autopay")


class AutopayClient:
    def __init__(self) -> None:
        self._base = os.environ["PAYMENT_GATEWAY_URL"].rstrip("/")
        self._client_id = os.environ["PAYMENT_CLIENT_ID"]
        self._client_secret = os.environ["PAYMENT_CLIENT_SECRET"]
        self._http = httpx.Client(timeout=20.0)
        self._token = ""
        self._expires_at = 0.0

    def _bearer(self) -> str:
        if self._token and time.monotonic() < self._expires_at - 60:
            return self._token
        resp = self._http.post(
            f"{self._base}/oauth/token",
            data={"grant_type": "client_credentials"},
            auth=(self._client_id, self._client_secret),
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._expires_at = time.monotonic() + int(body.get("expires_in", 3600))
        log.info("refreshed gateway access token for client %s, expires in %ss",
                 self._client_id, body.get("expires_in"))
        return self._token

    def run(self, due: list[tuple[str, str, Decimal]]) -> dict[str, int]:
        stats = {"ok": 0, "failed": 0}
        for account_number, method_id, amount in due:
            resp = self._http.post(
                f"{self._base}/v2/charges",
                json={"amount": str(amount), "currency": "USD",
                      "payment_method": method_id, "reference": account_number},
                headers={"Authorization": f"Bearer {self._bearer()}",
                         "Idempotency-Key": f"autopay-{account_number}-{time.strftime('%Y%m%d')}"},
            )
            if resp.is_success:
                stats["ok"] += 1
            else:
                stats["failed"] += 1
                log.warning("autopay failed for account %s: HTTP %s", account_number, resp.status_code)
        log.info("autopay run finished: %(ok)d charged, %(failed)d failed", stats)
        return stats
