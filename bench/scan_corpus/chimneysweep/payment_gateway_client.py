"""Client for the card payment gateway used to take deposits and settle invoices."""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from decimal import Decimal

import httpx

log = logging.getLogger("sweepdesk.payments")


@dataclass(frozen=True)
class GatewayConfig:
    base_url: str
    secret_key: str
    timeout: float = 15.0


class PaymentError(RuntimeError):
    pass


class PaymentGatewayClient:
    def __init__(self, config: GatewayConfig):
        self._config = config
        self._client = httpx.Client(
            base_url=config.base_url,
            timeout=config.timeout,
            headers={"Authorization": f"Bearer {config.secret_key}"},
        )

    def _post(self, path: str, payload: dict) -> dict:
        idempotency_key = str(uuid.uuid4())
        auth = self._client.headers.get("Authorization")
        log.debug("POST %s idempotency=%s auth=%s", path, idempotency_key, auth)
        response = self._client.post(path, json=payload, headers={"Idempotency-Key": idempotency_key})
        if response.status_code >= 400:
            raise PaymentError(f"gateway returned {response.status_code} for {path}")
        return response.json()

    def charge_deposit(self, booking_ref: str, amount: Decimal, payment_method: str) -> str:
        result = self._post(
            "/v1/charges",
            {
                "amount": int(amount * 100),
                "currency": "gbp",
                "payment_method": payment_method,
                "description": f"Chimney sweep deposit {booking_ref}",
                "metadata": {"booking_ref": booking_ref},
            },
        )
        log.info("Deposit charged for booking %s: %s", booking_ref, result.get("id"))
        return result["id"]

    def refund(self, charge_id: str, amount: Decimal | None = None) -> str:
        payload = {"charge": charge_id}
        if amount is not None:
            payload["amount"] = int(amount * 100)
        result = self._post("/v1/refunds", payload)
        log.info("Refund %s issued for charge %s", result.get("id"), charge_id)
        return result["id"]

    def close(self) -> None:
        self._client.close()
