"""Top-ups for bar tab cards through the card payment provider."""
from __future__ import annotations

import logging
import os
import uuid
from dataclasses import dataclass

import httpx

log = logging.getLogger(__name__)


class GatewayError(RuntimeError):
    pass


@dataclass(frozen=True)
class GatewayConfig:
    base_url: str
    merchant_id: str
    secret_key: str
    timeout: float = 15.0

    @classmethod
    def from_env(cls) -> "GatewayConfig":
        return cls(
            base_url=os.environ.get("PAYMENTS_BASE_URL", "https://api.payments.example/v1"),
            merchant_id=os.environ["PAYMENTS_MERCHANT_ID"],
            secret_key=os.environ["PAYMENTS_SECRET_KEY"],
        )


class BarTopUpGateway:
    def __init__(self, config: GatewayConfig) -> None:
        self._config = config
        self._client = httpx.Client(
            base_url=config.base_url,
            auth=(config.merchant_id, config.secret_key),
            timeout=config.timeout,
        )

    def charge(self, card_number: str, amount_pence: int, payment_token: str) -> str:
        if not 500 <= amount_pence <= 20000:
            raise ValueError("top-ups must be between 5 and 200 pounds")
        response = self._client.post(
            "/charges",
            json={
                "amount": amount_pence,
                "currency": "GBP",
                "source": payment_token,
                "description": f"Bar tab top-up {card_number[-4:]}",
            },
            headers={"Idempotency-Key": str(uuid.uuid4())},
        )
        if response.status_code == 401:
            raise GatewayError(f"payment provider rejected credentials {self._config}")
        if response.status_code >= 400:
            raise GatewayError(f"charge failed with HTTP {response.status_code}")
        charge_id = response.json()["id"]
        log.info("Topped up card ending %s by %d pence (charge %s)", card_number[-4:], amount_pence, charge_id)
        return charge_id

    def refund(self, charge_id: str) -> None:
        response = self._client.post(f"/charges/{charge_id}/refunds")
        if response.status_code >= 400:
            raise GatewayError(f"refund of {charge_id} failed with HTTP {response.status_code}")
        log.info("Refunded charge %s", charge_id)

    def close(self) -> None:
        self._client.close()
