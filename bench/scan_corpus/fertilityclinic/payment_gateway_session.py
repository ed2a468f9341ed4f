"""HTTP session for the card-payment gateway used by clinic billing.

Creates payment intents for treatment packages and storage renewals. The
gateway key is identified in logs only by its last four characters, which
is how the gateway dashboard lists keys too.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from decimal import Decimal

import httpx

logger = logging.getLogger("billing.gateway")


@dataclass(frozen=True)
class GatewayCredentials:
    base_url: str
    api_key: str = field(repr=False)

    @classmethod
    def from_env(cls) -> "GatewayCredentials":
        return cls(os.environ["PAYMENT_GATEWAY_URL"], os.environ["PAYMENT_GATEWAY_API_KEY"])

    @property
    def key_hint(self) -> str:
        return f"...{self.api_key[-4:]}"


class GatewaySession:
    def __init__(self, creds: GatewayCredentials, timeout: float = 15.0) -> None:
        self._creds = creds
        self._timeout = timeout
        self._client: httpx.Client | None = None

    @property
    def client(self) -> httpx.Client:
        if self._client is None:
            logger.debug("opening gateway session to %s (key %s)",
                         self._creds.base_url, self._creds.key_hint)
            self._client = httpx.Client(
                base_url=self._creds.base_url,
                headers={"Authorization": f"Bearer {self._creds.api_key}"},
                timeout=self._timeout,
            )
        return self._client

    def create_intent(self, invoice_number: str, amount: Decimal, currency: str = "GBP") -> dict:
        minor_units = int((amount * 100).quantize(Decimal("1")))
        response = self.client.post(
            "/v1/payment_intents",
            json={"amount": minor_units, "currency": currency.lower(),
                  "metadata": {"invoice": invoice_number}},
            headers={"Idempotency-Key": f"invoice-{invoice_number}"},
        )
        if response.is_error:
            logger.error("gateway rejected intent for invoice %s: HTTP %s",
                         invoice_number, response.status_code)
            response.raise_for_status()
        intent = response.json()
        logger.info("created intent %s for invoice %s", intent["id"], invoice_number)
        return intent

    def refund(self, intent_id: str, amount: Decimal | None = None) -> dict:
        body: dict = {"payment_intent": intent_id}
        if amount is not None:
            body["amount"] = int((amount * 100).quantize(Decimal("1")))
        response = self.client.post("/v1/refunds", json=body)
        response.raise_for_status()
        logger.info("refund requested for intent %s", intent_id)
        return response.json()

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
