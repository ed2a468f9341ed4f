"""Card-payment gateway wrapper used by the box office and the web shop."""
from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from decimal import Decimal

import requests

logger = logging.getLogger("boxoffice.payments")


class PaymentDeclined(Exception):
    pass


@dataclass(frozen=True)
class ChargeResult:
    charge_id: str
    amount: Decimal
    currency: str
    card_last4: str


class PaymentGateway:
    def __init__(self, base_url: str, merchant_id: str, api_key: str, timeout: float = 15.0):
        self.base_url = base_url.rstrip("/")
        self.merchant_id = merchant_id
        self.timeout = timeout
        self._session = requests.Session()
        self._session.headers.update({"Authorization": f"Bearer {api_key}"})
        logger.debug("gateway client ready merchant=%s key=%s", merchant_id, api_key)

    @classmethod
    def from_settings(cls, cfg) -> "PaymentGateway":
        return cls(cfg.PAYMENT_GATEWAY_URL, cfg.PAYMENT_MERCHANT_ID, cfg.PAYMENT_API_KEY)

    def charge(self, order_ref: str, amount: Decimal, currency: str, card_token: str) -> ChargeResult:
        payload = {
            "merchant": self.merchant_id,
            "reference": order_ref,
            "amount_minor": int(amount * 100),
            "currency": currency,
            "source": card_token,
        }
        resp = self._session.post(
            f"{self.base_url}/v1/charges",
            json=payload,
            headers={"Idempotency-Key": str(uuid.uuid4())},
            timeout=self.timeout,
        )
        if resp.status_code == 402:
            raise PaymentDeclined(resp.json().get("decline_code", "declined"))
        resp.raise_for_status()
        body = resp.json()
        logger.info("order %s charged %s %s (charge %s)", order_ref, amount, currency, body["id"])
        return ChargeResult(body["id"], amount, currency, body["card"]["last4"])

    def refund(self, charge_id: str, amount: Decimal | None = None) -> str:
        data = {"charge": charge_id}
        if amount is not None:
            data["amount_minor"] = int(amount * 100)
        resp = self._session.post(f"{self.base_url}/v1/refunds", json=data, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()["id"]
