"""Client for the card-payment gateway used by the clinic's billing office.

Creates payment intents for treatment packages (IVF cycle, frozen embryo
transfer, storage renewals) and fetches their status for reconciliation.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import httpx

logger = logging.getLogger("billing.gateway")


@dataclass(frozen=True)
class GatewayConfig:
    base_url: str
    api_key: str
    timeout: float = 15.0

    @classmethod
    def from_env(cls) -> "GatewayConfig":
        return cls(
            base_url=os.environ["PAYMENT_GATEWAY_URL"],
            api_key=os.environ["PAYMENT_GATEWAY_API_KEY"],
        )


class PaymentGatewayClient:
    def __init__(self, config: GatewayConfig) -> None:
        self._config = config
        self._client: httpx.Client | None = None

    def _session(self) -> httpx.Client:
        if self._client is None:
            logger.debug(
                "opening gateway session to %s with key %s",
                self._config.base_url,
                self._config.api_key,
            )
            self._client = httpx.Client(
                base_url=self._config.base_url,
                headers={"Authorization": f"Bearer {self._config.api_key}"},
                timeout=self._config.timeout,
            )
        return self._client

    def create_intent(self, invoice_number: str, amount: Decimal, currency: str = "GBP") -> dict:
        minor_units = int((amount * 100).quantize(Decimal("1")))
        response = self._session().post(
            "/v1/payment_intents",
            json={
                "amount": minor_units,
                "currency": currency.lower(),
                "metadata": {"invoice": invoice_number},
            },
            headers={"Idempotency-Key": f"invoice-{invoice_number}"},
        )
        response.raise_for_status()
        intent = response.json()
        logger.info("created intent %s for invoice %s", intent["id"], invoice_number)
        return intent

    def intent_status(self, intent_id: str) -> str:
        response = self._session().get(f"/v1/payment_intents/{intent_id}")
        response.raise_for_status()
        return response.json()["status"]

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
