"""Card-gateway client used to collect guild subscriptions and peal fees."""
from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass, field
from decimal import Decimal

import httpx

log = logging.getLogger("guild.fees")


class GatewayError(RuntimeError):
    def __init__(self, action: str, status: int, request_id: str | None) -> None:
        super().__init__(f"{action} failed with HTTP {status} (gateway request {request_id})")
        self.status = status
        self.request_id = request_id


@dataclass(frozen=True)
class GatewayConfig:
    base_url: str
    key_id: str
    api_key: str = field(repr=False)
    currency: str = "GBP"


class FeeGatewayClient:
    def __init__(self, config: GatewayConfig) -> None:
        self._config = config
        self._http = httpx.Client(
            base_url=config.base_url,
            auth=(config.key_id, config.api_key),
            timeout=15.0,
        )
        log.info("Fee gateway client ready (key id %s)", config.key_id)

    def _check(self, resp: httpx.Response, action: str) -> dict:
        if resp.status_code >= 400:
            raise GatewayError(action, resp.status_code, resp.headers.get("X-Request-Id"))
        return resp.json()

    def charge(self, member_id: int, amount: Decimal, card_token: str, description: str) -> str:
        body = {
            "amount": int((amount * 100).to_integral_value()),
            "currency": self._config.currency,
            "source": card_token,
            "description": description,
            "metadata": {"member_id": member_id},
        }
        resp = self._http.post("/v1/charges", json=body,
                               headers={"Idempotency-Key": str(uuid.uuid4())})
        charge = self._check(resp, f"charge for member {member_id}")
        log.info("Charged member %s %s (%s)", member_id, amount, charge["id"])
        return charge["id"]

    def refund(self, charge_id: str, reason: str = "requested_by_customer") -> None:
        resp = self._http.post("/v1/refunds", json={"charge": charge_id, "reason": reason})
        self._check(resp, f"refund of {charge_id}")
        log.info("Refunded %s", charge_id)

    def close(self) -> None:
        self._http.close()
