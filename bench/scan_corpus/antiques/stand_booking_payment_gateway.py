"""Takes deposits for dealer-fair stand bookings through the card acquirer's REST API."""
from __future__ import annotations

import logging
import os
import uuid
from dataclasses import dataclass

import httpx

logger = logging.getLogger("fairs.payments")


class AcquirerSettings:
    base_url = os.environ.get("ACQUIRER_API_URL", "")
    secret_env = "ACQUIRER_SECRET_KEY"
    currency = "GBP"
    timeout = 20.0


@dataclass
class StandDeposit:
    booking_ref: str
    dealer_id: str
    amount_pence: int
    card_token: str


class StandPaymentGateway:
    def __init__(self, settings: type[AcquirerSettings] = AcquirerSettings) -> None:
        self.settings = settings
        self._client = httpx.Client(base_url=settings.base_url, timeout=settings.timeout)

    def _headers(self, idempotency_key: str) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {os.environ[self.settings.secret_env]}",
            "Idempotency-Key": idempotency_key,
            "Content-Type": "application/json",
        }

    def charge_deposit(self, deposit: StandDeposit) -> str:
        idempotency_key = str(uuid.uuid4())
        headers = self._headers(idempotency_key)
        payload = {
            "amount": deposit.amount_pence,
            "currency": self.settings.currency,
            "source": deposit.card_token,
            "metadata": {"booking": deposit.booking_ref, "dealer": deposit.dealer_id},
        }
        logger.info("POST /v1/charges booking=%s headers=%s", deposit.booking_ref, headers)
        response = self._client.post("/v1/charges", json=payload, headers=headers)
        if response.status_code >= 400:
            logger.warning("charge failed for %s: %s", deposit.booking_ref, response.status_code)
            response.raise_for_status()
        charge_id = response.json()["id"]
        logger.info("deposit captured booking=%s charge=%s", deposit.booking_ref, charge_id)
        return charge_id
