"""Client for the card gateway that takes course deposits.

Trainees pay a 25% deposit when booking a course; the balance is taken
two weeks before the start date.
"""
from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from decimal import Decimal

import requests

log = logging.getLogger(__name__)


class GatewayError(RuntimeError):
    pass


class GatewayAuthError(GatewayError):
    pass


@dataclass
class PaymentIntent:
    id: str
    client_secret: str
    amount_pence: int
    status: str


class DepositGateway:
    def __init__(self, base_url: str, api_key: str, timeout: float = 10.0) -> None:
        self.base_url = base_url.rstrip("/")
        self._api_key = api_key
        self._timeout = timeout
        self._session = requests.Session()
        self._session.headers.update({"Authorization": f"Bearer {api_key}"})

    def _post(self, path: str, payload: dict, idempotency_key: str) -> dict:
        resp = self._session.post(
            f"{self.base_url}{path}",
            json=payload,
            headers={"Idempotency-Key": idempotency_key},
            timeout=self._timeout,
        )
        if resp.status_code == 401:
            raise GatewayAuthError(f"gateway rejected API key {self._api_key} on {path}")
        if resp.status_code >= 400:
            raise GatewayError(f"gateway error {resp.status_code} on {path}")
        return resp.json()

    def create_deposit(self, booking_id: int, course_fee: Decimal, email: str) -> PaymentIntent:
        deposit = (course_fee * Decimal("0.25")).quantize(Decimal("0.01"))
        body = self._post(
            "/v1/payment_intents",
            {
                "amount": int(deposit * 100),
                "currency": "gbp",
                "receipt_email": email,
                "metadata": {"booking_id": str(booking_id), "kind": "deposit"},
            },
            idempotency_key=f"deposit-{booking_id}-{uuid.uuid4()}",
        )
        log.info("created deposit intent %s for booking %s", body["id"], booking_id)
        return PaymentIntent(
            id=body["id"],
            client_secret=body["client_secret"],
            amount_pence=body["amount"],
            status=body["status"],
        )
