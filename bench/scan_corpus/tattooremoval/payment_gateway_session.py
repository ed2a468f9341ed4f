"""HTTP session for the deposit payment gateway.

Adds authentication and idempotency headers to every call and logs each
request with enough detail to trace it in the provider's dashboard.
"""
from __future__ import annotations

import logging
import os
import uuid
from dataclasses import dataclass, field

import requests

log = logging.getLogger("clinic.payments")

REDACTED_HEADERS = {"authorization", "cookie", "x-api-key"}


def redact_headers(headers: dict) -> dict:
    return {k: ("[redacted]" if k.lower() in REDACTED_HEADERS else v) for k, v in headers.items()}


@dataclass(frozen=True)
class GatewayConfig:
    base_url: str
    secret_key: str = field(repr=False)
    timeout: float = 15.0

    @classmethod
    def from_env(cls) -> "GatewayConfig":
        return cls(
            base_url=os.environ["PAYMENTS_API_URL"].rstrip("/"),
            secret_key=os.environ["PAYMENTS_SECRET_KEY"],
        )


class GatewaySession:
    def __init__(self, config: GatewayConfig) -> None:
        self._config = config
        self._http = requests.Session()
        self._http.headers["Authorization"] = f"Bearer {config.secret_key}"
        log.info("payment gateway session ready: %s", config)

    def post(self, path: str, form: dict) -> dict:
        headers = {"Idempotency-Key": str(uuid.uuid4())}
        url = f"{self._config.base_url}{path}"
        log.debug("POST %s headers=%s", url, redact_headers({**self._http.headers, **headers}))
        resp = self._http.post(url, data=form, headers=headers, timeout=self._config.timeout)
        log.info("POST %s -> %s request-id=%s", path, resp.status_code, resp.headers.get("Request-Id"))
        resp.raise_for_status()
        return resp.json()

    def create_deposit(self, booking_id: int, amount_pence: int) -> str:
        intent = self.post(
            "/v1/payment_intents",
            {"amount": amount_pence, "currency": "gbp", "metadata[booking_id]": booking_id},
        )
        return intent["id"]

    def refund(self, intent_id: str) -> str:
        return self.post("/v1/refunds", {"payment_intent": intent_id})["id"]
