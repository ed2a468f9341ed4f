"""Card gateway client for deposits, with request logging safe for the shared log stack."""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass, field
from decimal import Decimal

import httpx

log = logging.getLogger("sweepdesk.payments")


def mask(secret: str, visible: int = 4) -> str:
    if len(secret) <= visible:
        return "*" * len(secret)
    return "*" * 8 + secret[-visible:]


@dataclass(frozen=True)
class GatewayConfig:
    base_url: str
    secret_key: str = field(repr=False)
    timeout: float = 15.0


class PaymentGatewayClient:
    def __init__(self, config: GatewayConfig):
        self._client = httpx.Client(
            base_url=config.base_url,
            timeout=config.timeout,
            headers={"Authorization": f"Bearer {config.secret_key}"},
        )
        log.info("Payment gateway client ready (%s, key %s)", config.base_url, mask(config.secret_key))

    def _post(self, path: str, payload: dict) -> dict:
        idempotency_key = str(uuid.uuid4())
        log.debug("POST %s idempotency=%s", path, idempotency_key)
        response = self._client.post(path, json=payload, headers={"Idempotency-Key": idempotency_key})
        if response.status_code >= 400:
            log.warning("Gateway %s on %s: %s", response.status_code, path, response.text[:200])
            response.raise_for_status()
        return response.json()

    def charge_deposit(self, booking_ref: str, amount: Decimal, payment_method: str) -> str:
        result = self._post(
            "/v1/charges",
            {
                "amount": int(amount * 100),
                "currency": "gbp",
                "payment_method": payment_method,
                "description": f"Chimney sweep deposit {booking_ref}",
            },
        )
        log.info("Deposit charged for booking %s: %s", booking_ref, result.get("id"))
        return result["id"]

    def close(self) -> None:
        self._client.close()
