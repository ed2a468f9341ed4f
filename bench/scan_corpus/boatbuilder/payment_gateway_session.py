"""HTTP session for the card-payment gateway, with request logging."""
from __future__ import annotations

import logging
import os
from decimal import Decimal

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)


def _mask(token: str) -> str:
    return f"...{token[-4:]}" if len(token) > 8 else "***"


class GatewaySession(requests.Session):
    def __init__(self, base_url: str, token: str, timeout: float = 15.0) -> None:
        super().__init__()
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.headers["Authorization"] = f"Bearer {token}"
        self._token_hint = _mask(token)
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504),
                      allowed_methods=frozenset({"GET", "POST"}))
        self.mount("https://", HTTPAdapter(max_retries=retry))

    def call(self, method: str, path: str, **kwargs) -> dict:
        url = f"{self.base_url}{path}"
        log.debug("%s %s (token %s)", method, url, self._token_hint)
        resp = self.request(method, url, timeout=self.timeout, **kwargs)
        log.debug("%s %s -> %s", method, url, resp.status_code)
        resp.raise_for_status()
        return resp.json()


def gateway_from_env() -> GatewaySession:
    return GatewaySession(os.environ["PAYMENT_GATEWAY_URL"], os.environ["PAYMENT_GATEWAY_TOKEN"])


def create_checkout(gw: GatewaySession, invoice_number: str, amount: Decimal, email: str) -> str:
    body = gw.call(
        "POST",
        "/v1/checkouts",
        json={
            "reference": invoice_number,
            "amount_minor": int(amount * 100),
            "currency": "GBP",
            "customer_email": email,
        },
        headers={"Idempotency-Key": invoice_number},
    )
    log.info("checkout %s created for invoice %s", body["id"], invoice_number)
    return body["checkout_url"]


def payment_status(gw: GatewaySession, payment_id: str) -> str:
    return gw.call("GET", f"/v1/payments/{payment_id}")["status"]
