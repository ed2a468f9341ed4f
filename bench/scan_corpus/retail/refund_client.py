"""Refund calls against the card processor, with request logging for support."""
from __future__ import annotations

import logging
import os
import uuid
from decimal import Decimal
from typing import Any

import requests

logger = logging.getLogger("checkout.refunds")

SENSITIVE_FIELDS = frozenset({"api_key", "card_token", "source", "password", "cvc", "authorization"})


def redact(data: dict[str, Any]) -> dict[str, Any]:
    return {k: ("[redacted]" if k.lower() in SENSITIVE_FIELDS else v) for k, v in data.items()}


class RefundClient:
    def __init__(self, base_url: str, merchant_account: str):
        self.base_url = base_url.rstrip("/")
        self.merchant_account = merchant_account
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Bearer {os.environ['PAYMENT_GATEWAY_API_KEY']}"
        logger.debug("refund client ready base=%s merchant=%s", self.base_url, merchant_account)

    def refund(self, charge_id: str, amount: Decimal, reason: str, card_token: str | None = None) -> str:
        payload = {
            "charge": charge_id,
            "amount": str(amount.quantize(Decimal("0.01"))),
            "reason": reason,
            "merchant_account": self.merchant_account,
        }
        if card_token:
            payload["card_token"] = card_token
        logger.info("refund request %s", redact(payload))
        resp = self._session.post(
            f"{self.base_url}/v1/refunds",
            json=payload,
            headers={"Idempotency-Key": str(uuid.uuid4())},
            timeout=20,
        )
        resp.raise_for_status()
        refund_id = resp.json()["id"]
        logger.info("refund created id=%s charge=%s", refund_id, charge_id)
        return refund_id
