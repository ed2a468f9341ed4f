"""Card and ACH payments for the billing portal via the processor's REST API."""
import logging
import os
import time
from decimal import Decimal

import requests

log = logging.getLogger("billing.payments")


class PaymentGatewayError(RuntimeError):
    pass


class PaymentGatewayClient:
    def __init__(self, base_url: str, client_id: str, client_secret: str, timeout: float = 20.0):
        self.base_url = base_url.rstrip("/")
        self._client_id = client_id
        self._client_secret = client_secret
        self._timeout = timeout
        self._token: str | None = None
        self._token_expiry = 0.0
        self._http = requests.Session()

    @classmethod
    def from_env(cls) -> "PaymentGatewayClient":
        return cls(
            os.environ["PAYMENT_GATEWAY_URL"],
            os.environ["PAYMENT_CLIENT_ID"],
            os.environ["PAYMENT_CLIENT_SECRET"],
        )

    def _access_token(self) -> str:
        if self._token and time.monotonic() < self._token_expiry - 60:
            return self._token
        resp = self._http.post(
            f"{self.base_url}/oauth/token",
            data={"grant_type": "client_credentials"},
            auth=(self._client_id, self._client_secret),
            timeout=self._timeout,
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._token_expiry = time.monotonic() + int(body.get("expires_in", 3600))
        log.debug("gateway token refreshed: %s (expires in %ss)", self._token, body.get("expires_in"))
        return self._token

    def charge(self, account_number: str, payment_method_id: str, amount: Decimal, idempotency_key: str) -> dict:
        resp = self._http.post(
            f"{self.base_url}/v2/charges",
            json={
                "amount": str(amount.quantize(Decimal("0.01"))),
                "currency": "USD",
                "payment_method": payment_method_id,
                "reference": account_number,
            },
            headers={
                "Authorization": f"Bearer {self._access_token()}",
                "Idempotency-Key": idempotency_key,
            },
            timeout=self._timeout,
        )
        if resp.status_code >= 400:
            log.warning("charge for account %s declined: HTTP %s", account_number, resp.status_code)
            raise PaymentGatewayError(resp.json().get("error", "payment failed"))
        result = resp.json()
        log.info("charged account %s amount %s, charge id %s", account_number, amount, result["id"])
        return result
