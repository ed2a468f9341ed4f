"""Client for the payment gateway used by the reed and chanter shop."""
from __future__ import annotations

import logging
import os
import uuid
from dataclasses import dataclass, field
from decimal import Decimal

import httpx

log = logging.getLogger(__name__)


def _mask(secret: str, keep: int = 4) -> str:
    if len(secret) <= keep:
        return "*" * len(secret)
    return "*" * (len(secret) - keep) + secret[-keep:]


@dataclass
class GatewaySettings:
    base_url: str
    api_key: str = field(repr=False)
    timeout: float = 20.0

    @classmethod
    def from_env(cls) -> "GatewaySettings":
        return cls(base_url=os.environ["PAYMENT_GATEWAY_URL"],
                   api_key=os.environ["PAYMENT_GATEWAY_KEY"])


@dataclass
class ChargeResult:
    charge_id: str
    status: str


class ShopGatewayClient:
    def __init__(self, settings: GatewaySettings):
        self._settings = settings
        self._client = httpx.Client(
            base_url=settings.base_url,
            headers={"Authorization": f"Bearer {settings.api_key}"},
            timeout=settings.timeout,
        )
        log.info("payment gateway client ready: url=%s key=%s",
                 settings.base_url, _mask(settings.api_key))

    def charge(self, order_ref: str, amount: Decimal, currency: str, card_token: str) -> ChargeResult:
        resp = self._client.post(
            "/v1/charges",
            json={
                "amount": int(amount * 100),
                "currency": currency,
                "source": card_token,
                "reference": order_ref,
            },
            headers={"Idempotency-Key": str(uuid.uuid4())},
        )
        if resp.is_error:
            log.error("charge for order %s failed with HTTP %s", order_ref, resp.status_code)
            resp.raise_for_status()
        body = resp.json()
        log.info("charge %s for order %s: %s", body["id"], order_ref, body["status"])
        return ChargeResult(body["id"], body["status"])

    def refund(self, charge_id: str) -> str:
        resp = self._client.post(f"/v1/charges/{charge_id}/refunds")
        resp.raise_for_status()
        return resp.json()["status"]

    def close(self) -> None:
        self._client.close()
