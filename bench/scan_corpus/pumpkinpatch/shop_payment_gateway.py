"""Card payments for farm shop web orders (pie pre-orders, pumpkin boxes)."""
from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from decimal import Decimal

import requests

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class GatewaySettings:
    base_url: str = "https://api.payments-gateway.example/v1"
    merchant_id: str = "hollowlane-pumpkins"
    secret_key: str = "sk_live_4eC39HqLyjWDarjtT1zdp7dcPq8xRm2Z"
    timeout: float = 15.0
    currency: str = "GBP"


class ShopPaymentGateway:
    def __init__(self, settings: GatewaySettings | None = None) -> None:
        self.settings = settings or GatewaySettings()
        self._session = requests.Session()
        self._session.auth = (self.settings.secret_key, "")
        self._session.headers["X-Merchant"] = self.settings.merchant_id

    def _post(self, path: str, payload: dict, idempotency_key: str) -> dict:
        resp = self._session.post(
            f"{self.settings.base_url}{path}",
            json=payload,
            headers={"Idempotency-Key": idempotency_key},
            timeout=self.settings.timeout,
        )
        resp.raise_for_status()
        return resp.json()

    def charge(self, order_ref: str, amount: Decimal, card_token: str) -> str:
        pence = int((amount * 100).quantize(Decimal("1")))
        result = self._post(
            "/charges",
            {
                "amount": pence,
                "currency": self.settings.currency,
                "source": card_token,
                "description": f"Farm shop order {order_ref}",
                "metadata": {"order_ref": order_ref},
            },
            idempotency_key=f"charge-{order_ref}",
        )
        log.info("charged order %s: %s", order_ref, result["status"])
        return result["id"]

    def refund(self, charge_id: str, amount: Decimal | None = None) -> str:
        payload: dict = {"charge": charge_id}
        if amount is not None:
            payload["amount"] = int((amount * 100).quantize(Decimal("1")))
        result = self._post("/refunds", payload, idempotency_key=str(uuid.uuid4()))
        log.info("refund %s for charge %s", result["status"], charge_id)
        return result["id"]
