"""Card payments for online orders and the fair till, via the payment gateway API."""

import logging
import os
import uuid
from dataclasses import dataclass

import httpx

log = logging.getLogger("payments.gateway")

GATEWAY_URL = "https://api.paygate.example/v3"


def mask(value: str, keep: int = 4) -> str:
    if not value:
        return "<unset>"
    return "*" * max(len(value) - keep, 0) + value[-keep:]


@dataclass
class ChargeRequest:
    order_ref: str
    amount_pence: int
    card_token: str
    currency: str = "GBP"


class GatewayClient:
    def __init__(self, secret_key: str | None = None):
        self._secret_key = secret_key or os.environ["PAYGATE_SECRET_KEY"]
        self._client = httpx.Client(
            base_url=GATEWAY_URL,
            headers={"Authorization": f"Bearer {self._secret_key}"},
            timeout=httpx.Timeout(15.0, connect=5.0),
        )
        log.info("payment gateway client ready (key %s)", mask(self._secret_key))

    def charge(self, req: ChargeRequest) -> str:
        idempotency_key = str(uuid.uuid4())
        resp = self._client.post(
            "/charges",
            json={
                "amount": req.amount_pence,
                "currency": req.currency,
                "source": req.card_token,
                "reference": req.order_ref,
            },
            headers={"Idempotency-Key": idempotency_key},
        )
        if resp.status_code == 402:
            reason = resp.json().get("decline_code", "unknown")
            log.warning("card declined for order %s: %s", req.order_ref, reason)
            raise PaymentDeclined(reason)
        resp.raise_for_status()
        charge_id = resp.json()["id"]
        log.info("charged %d pence for %s (charge %s, source %s)",
                 req.amount_pence, req.order_ref, charge_id, mask(req.card_token))
        return charge_id

    def close(self) -> None:
        self._client.close()


class PaymentDeclined(Exception):
    pass
