"""Client for the card payment provider used for booking deposits.

Creates a payment intent when a client books a laser session online and
refunds the deposit when a session is cancelled with enough notice.
"""
from __future__ import annotations

import logging
import os
import uuid
from dataclasses import dataclass

import requests

log = logging.getLogger("clinic.payments")


@dataclass(frozen=True)
class PaymentConfig:
    base_url: str
    secret_key: str
    timeout: float = 15.0

    @classmethod
    def from_env(cls) -> "PaymentConfig":
        return cls(
            base_url=os.environ["PAYMENTS_API_URL"].rstrip("/"),
            secret_key=os.environ["PAYMENTS_SECRET_KEY"],
        )


class DepositPaymentClient:
    def __init__(self, config: PaymentConfig) -> None:
        self._config = config
        self._session = requests.Session()

    def _post(self, path: str, form: dict) -> dict:
        url = f"{self._config.base_url}{path}"
        headers = {
            "Authorization": f"Bearer {self._config.secret_key}",
            "Idempotency-Key": str(uuid.uuid4()),
        }
        log.debug("POST %s headers=%s body=%s", url, headers, form)
        response = self._session.post(url, data=form, headers=headers, timeout=self._config.timeout)
        if response.status_code >= 400:
            log.error("payment API %s returned %s", path, response.status_code)
            response.raise_for_status()
        return response.json()

    def create_deposit(self, booking_id: int, amount_pence: int, client_email: str) -> dict:
        intent = self._post(
            "/v1/payment_intents",
            {
                "amount": amount_pence,
                "currency": "gbp",
                "receipt_email": client_email,
                "metadata[booking_id]": booking_id,
                "description": f"Deposit for booking {booking_id}",
            },
        )
        log.info("created deposit intent %s for booking %s", intent.get("id"), booking_id)
        return {"intent_id": intent["id"], "client_secret": intent["client_secret"]}

    def refund_deposit(self, intent_id: str, reason: str = "requested_by_customer") -> str:
        refund = self._post("/v1/refunds", {"payment_intent": intent_id, "reason": reason})
        log.info("refund %s issued for intent %s", refund.get("id"), intent_id)
        return refund["id"]
