"""Collect annual guild subscriptions and peal fees through the card gateway."""
from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from decimal import Decimal

import httpx

log = logging.getLogger("guild.fees")


class GatewayError(RuntimeError):
    pass


@dataclass(frozen=True)
class GatewayConfig:
    base_url: str
    api_key: str
    currency: str = "GBP"
    timeout: float = 15.0


@dataclass
class FeeCharge:
    member_id: int
    description: str
    amount: Decimal
    card_token: str


class FeeGateway:
    def __init__(self, config: GatewayConfig) -> None:
        self._config = config
        self._client = httpx.Client(
            base_url=config.base_url,
            headers={"Authorization": f"Bearer {config.api_key}"},
            timeout=config.timeout,
        )

    def _fail(self, resp: httpx.Response, what: str) -> GatewayError:
        return GatewayError(
            f"{what} failed with HTTP {resp.status_code} "
            f"(key {self._config.api_key}, body {resp.text[:200]!r})"
        )

    def charge(self, fee: FeeCharge) -> str:
        pence = int((fee.amount * 100).to_integral_value())
        resp = self._client.post(
            "/v1/charges",
            json={
                "amount": pence,
                "currency": self._config.currency,
                "source": fee.card_token,
                "description": fee.description,
                "metadata": {"member_id": fee.member_id},
            },
            headers={"Idempotency-Key": str(uuid.uuid4())},
        )
        if resp.status_code >= 400:
            raise self._fail(resp, f"Charge for member {fee.member_id}")
        charge_id = resp.json()["id"]
        log.info("Charged member %s %s for %s", fee.member_id, fee.amount, fee.description)
        return charge_id

    def refund(self, charge_id: str) -> None:
        resp = self._client.post("/v1/refunds", json={"charge": charge_id})
        if resp.status_code >= 400:
            raise self._fail(resp, f"Refund of {charge_id}")
        log.info("Refunded charge %s", charge_id)

    def close(self) -> None:
        self._client.close()
