"""Creates card payment intents for race entry fees and annual subscriptions."""
from __future__ import annotations

import logging
import os
import uuid
from dataclasses import dataclass
from decimal import Decimal

import requests

logger = logging.getLogger("fees.payments")

SENSITIVE_HEADERS = {"authorization", "x-api-key", "cookie"}


def redact_headers(headers: dict) -> dict:
    return {k: ("***" if k.lower() in SENSITIVE_HEADERS else v) for k, v in headers.items()}


@dataclass
class PaymentIntent:
    id: str
    client_secret: str
    status: str


class PaymentIntentClient:
    def __init__(self, base_url: str | None = None, api_key: str | None = None):
        self.base_url = (base_url or os.environ["PAYMENTS_API_URL"]).rstrip("/")
        self._api_key = api_key or os.environ["PAYMENTS_API_KEY"]
        self.session = requests.Session()

    def create(self, membership_no: str, amount: Decimal, purpose: str) -> PaymentIntent:
        url = f"{self.base_url}/v1/payment_intents"
        headers = {
            "Authorization": f"Bearer {self._api_key}",
            "Idempotency-Key": str(uuid.uuid4()),
        }
        payload = {
            "amount": int(amount * 100),
            "currency": "GBP",
            "metadata": {"membership_no": membership_no, "purpose": purpose},
        }
        logger.debug("POST %s headers=%s amount=%s member=%s",
                     url, redact_headers(headers), amount, membership_no)
        resp = self.session.post(url, json=payload, headers=headers, timeout=10)
        if resp.status_code >= 400:
            logger.error("payment intent for member %s failed: HTTP %s",
                         membership_no, resp.status_code)
            resp.raise_for_status()
        data = resp.json()
        logger.info("payment intent %s (%s) created for member %s",
                    data["id"], data["status"], membership_no)
        return PaymentIntent(id=data["id"], client_secret=data["client_secret"],
                             status=data["status"])
