"""Client for the card-payment gateway used for customer stage payments."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import requests

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class GatewayConfig:
    base_url: str
    api_token: str
    timeout: float = 15.0

    @classmethod
    def from_env(cls) -> "GatewayConfig":
        return cls(
            base_url=os.environ["PAYMENT_GATEWAY_URL"].rstrip("/"),
            api_token=os.environ["PAYMENT_GATEWAY_TOKEN"],
        )


class GatewayError(RuntimeError):
    pass


class PaymentGatewayClient:
    def __init__(self, config: GatewayConfig) -> None:
        self.config = config
        self.http = requests.Session()

    def _post(self, path: str, payload: dict) -> dict:
        url = f"{self.config.base_url}{path}"
        headers = {
            "Authorization": f"Bearer {self.config.api_token}",
            "Content-Type": "application/json",
            "Idempotency-Key": payload.get("reference", ""),
        }
        log.debug("POST %s headers=%s", url, headers)
        resp = self.http.post(url, json=payload, headers=headers, timeout=self.config.timeout)
        if resp.status_code >= 400:
            raise GatewayError(f"gateway returned {resp.status_code} for {path}")
        return resp.json()

    def create_checkout(self, invoice_number: str, amount: Decimal, customer_email: str) -> str:
        body = self._post(
            "/v1/checkouts",
            {
                "reference": invoice_number,
                "amount_minor": int(amount * 100),
                "currency": "GBP",
                "customer_email": customer_email,
                "description": f"Stage payment {invoice_number}",
            },
        )
        return body["checkout_url"]

    def refund(self, payment_id: str, amount: Decimal, reason: str) -> str:
        body = self._post(
            f"/v1/payments/{payment_id}/refunds",
            {"reference": f"refund-{payment_id}", "amount_minor": int(amount * 100),
             "reason": reason},
        )
        log.info("refund %s created for payment %s", body["id"], payment_id)
        return body["id"]
