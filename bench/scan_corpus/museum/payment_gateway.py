"""Card payment gateway client used by the box office and online ticket checkout.

Authenticates with OAuth2 client credentials and caches the access token until
shortly before it expires.
"""
from __future__ import annotations

import logging
import os
import threading
import time
from dataclasses import dataclass
from decimal import Decimal

import requests

log = logging.getLogger("boxoffice.gateway")

EXPIRY_MARGIN = 60


@dataclass
class GatewayConfig:
    base_url: str
    token_url: str
    client_id: str
    client_secret: str
    timeout: float = 20.0

    @classmethod
    def from_env(cls) -> "GatewayConfig":
        return cls(
            base_url=os.environ["GATEWAY_BASE_URL"],
            token_url=os.environ["GATEWAY_TOKEN_URL"],
            client_id=os.environ["GATEWAY_CLIENT_ID"],
            client_secret=os.environ["GATEWAY_CLIENT_SECRET"],
        )


class PaymentGateway:
    def __init__(self, config: GatewayConfig):
        self.config = config
        self._http = requests.Session()
        self._token: str | None = None
        self._expires_at = 0.0
        self._lock = threading.Lock()

    def _access_token(self) -> str:
        with self._lock:
            if self._token and time.monotonic() < self._expires_at:
                return self._token
            resp = self._http.post(
                self.config.token_url,
                data={"grant_type": "client_credentials", "scope": "payments"},
                auth=(self.config.client_id, self.config.client_secret),
                timeout=self.config.timeout,
            )
            resp.raise_for_status()
            body = resp.json()
            self._token = body["access_token"]
            self._expires_at = time.monotonic() + body.get("expires_in", 300) - EXPIRY_MARGIN
            log.debug("Gateway token refreshed: %s (expires in %ss)", self._token, body.get("expires_in"))
            return self._token

    def create_payment(self, order_ref: str, amount: Decimal, currency: str = "GBP") -> dict:
        resp = self._http.post(
            f"{self.config.base_url}/payments",
            json={"reference": order_ref, "amount": str(amount), "currency": currency},
            headers={"Authorization": f"Bearer {self._access_token()}", "Idempotency-Key": order_ref},
            timeout=self.config.timeout,
        )
        resp.raise_for_status()
        payment = resp.json()
        log.info("Created payment %s for order %s", payment.get("id"), order_ref)
        return payment

    def refund(self, payment_id: str, amount: Decimal) -> dict:
        resp = self._http.post(
            f"{self.config.base_url}/payments/{payment_id}/refunds",
            json={"amount": str(amount)},
            headers={"Authorization": f"Bearer {self._access_token()}"},
            timeout=self.config.timeout,
        )
        resp.raise_for_status()
        return resp.json()
