"""Charges card payments for gift vouchers through the payment gateway REST API."""
from __future__ import annotations

import os
import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Dict

import requests


@dataclass
class GatewayConfig:
    base_url: str = field(default_factory=lambda: os.environ["PAYMENT_GATEWAY_URL"])
    api_key: str = "pk_live_51HbLr2KxQm8TzVw3Yc7NfA0pDs9EgJh4UiRoT6"
    currency: str = "GBP"
    timeout_s: float = 15.0


class VoucherPaymentGateway:
    """Creates payment intents for voucher orders and confirms them."""

    def __init__(self, config: GatewayConfig | None = None) -> None:
        self.config = config or GatewayConfig()
        self.session = requests.Session()
        self.session.headers.update({"Authorization": f"Bearer {self.config.api_key}"})

    @staticmethod
    def _minor_units(amount: Decimal) -> int:
        return int((amount * 100).quantize(Decimal("1")))

    def create_intent(self, order_id: str, amount: Decimal, email: str) -> Dict[str, Any]:
        resp = self.session.post(
            f"{self.config.base_url}/v1/payment_intents",
            json={
                "amount": self._minor_units(amount),
                "currency": self.config.currency,
                "receipt_email": email,
                "metadata": {"order_id": order_id, "kind": "gift_voucher"},
            },
            headers={"Idempotency-Key": str(uuid.uuid4())},
            timeout=self.config.timeout_s,
        )
        resp.raise_for_status()
        return resp.json()

    def confirm(self, intent_id: str) -> str:
        resp = self.session.post(
            f"{self.config.base_url}/v1/payment_intents/{intent_id}/confirm",
            timeout=self.config.timeout_s,
        )
        resp.raise_for_status()
        return resp.json()["status"]
