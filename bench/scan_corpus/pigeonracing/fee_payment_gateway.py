"""Client for the card payment provider used to collect membership fees."""
from __future__ import annotations

import logging
import os
import uuid
from dataclasses import dataclass
from decimal import Decimal

import requests

logger = logging.getLogger("fees.gateway")


@dataclass
class FeeInvoice:
    membership_no: str
    season: int
    amount: Decimal
    currency: str = "GBP"


class PaymentGatewayError(RuntimeError):
    pass


class FeePaymentGateway:
    def __init__(self, base_url: str | None = None, api_key: str | None = None,
                 timeout: float = 10.0):
        self.base_url = (base_url or os.environ["PAYMENTS_API_URL"]).rstrip("/")
        self.api_key = api_key or os.environ["PAYMENTS_API_KEY"]
        self.timeout = timeout
        self.session = requests.Session()

    def _post(self, path: str, payload: dict) -> dict:
        url = f"{self.base_url}{path}"
        headers = {
            "Authorization": f"Bearer {self.api_key}",
            "Idempotency-Key": str(uuid.uuid4()),
            "Content-Type": "application/json",
        }
        logger.debug("payment request POST %s headers=%s body=%s", url, headers, payload)
        resp = self.session.post(url, json=payload, headers=headers, timeout=self.timeout)
        if resp.status_code >= 400:
            raise PaymentGatewayError(f"{path} failed with HTTP {resp.status_code}")
        return resp.json()

    def create_checkout(self, invoice: FeeInvoice, return_url: str) -> str:
        amount_minor = int(invoice.amount * 100)
        data = self._post("/v1/checkout/sessions", {
            "amount": amount_minor,
            "currency": invoice.currency,
            "reference": f"FEE-{invoice.season}-{invoice.membership_no}",
            "description": f"Federation membership {invoice.season}",
            "return_url": return_url,
        })
        logger.info("checkout %s created for member %s (%s %s)",
                    data.get("id"), invoice.membership_no, invoice.amount, invoice.currency)
        return data["url"]

    def refund(self, payment_id: str, amount: Decimal | None = None) -> dict:
        payload: dict = {"payment": payment_id}
        if amount is not None:
            payload["amount"] = int(amount * 100)
        return self._post("/v1/refunds", payload)
