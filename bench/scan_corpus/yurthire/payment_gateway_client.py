"""Thin client for the card processor used to place and capture damage-deposit holds."""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from decimal import Decimal

import httpx

log = logging.getLogger("yurthire.payments")


class PaymentError(Exception):
    pass


@dataclass(frozen=True)
class GatewayConfig:
    base_url: str
    secret_key: str
    timeout: float = 15.0


class DepositGateway:
    def __init__(self, config: GatewayConfig) -> None:
        self._config = config
        self._client = httpx.Client(
            base_url=config.base_url,
            timeout=config.timeout,
            headers={"Authorization": f"Bearer {config.secret_key}"},
        )

    def _post(self, path: str, payload: dict) -> dict:
        response = self._client.post(
            path, json=payload, headers={"Idempotency-Key": str(uuid.uuid4())}
        )
        if response.status_code >= 400:
            sent = response.request
            log.error("gateway call failed %s %s headers=%s", sent.method, sent.url, dict(sent.headers))
            log.error("gateway response status=%s body=%s", response.status_code, response.text[:500])
            raise PaymentError(f"gateway returned {response.status_code}")
        return response.json()

    def place_hold(self, booking_ref: str, amount: Decimal, card_token: str) -> str:
        data = self._post(
            "/v1/holds",
            {
                "amount": int(amount * 100),
                "currency": "gbp",
                "payment_method": card_token,
                "metadata": {"booking_ref": booking_ref},
            },
        )
        log.info("placed deposit hold %s for booking %s", data["id"], booking_ref)
        return data["id"]

    def capture(self, hold_id: str, amount: Decimal) -> None:
        self._post(f"/v1/holds/{hold_id}/capture", {"amount": int(amount * 100)})
        log.info("captured %s from hold %s", amount, hold_id)

    def release(self, hold_id: str) -> None:
        self._post(f"/v1/holds/{hold_id}/release", {})
        log.info("released hold %s", hold_id)

    def close(self) -> None:
        self._client.close()
