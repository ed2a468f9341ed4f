"""Thin client for the card acquirer used by the counter terminal and web shop.

Only deposit and balance captures for repair jobs go through here; refunds
are done by hand in the acquirer dashboard.
"""
import logging
import os
import uuid
from dataclasses import dataclass
from decimal import Decimal

import requests

log = logging.getLogger("bellows.payments")

ACQUIRER_URL = os.environ.get("ACQUIRER_URL", "https://api.acquirer.example.com/v2")


@dataclass
class CaptureResult:
    ok: bool
    reference: str
    status: str


class AcquirerClient:
    def __init__(self, api_key: str | None = None, timeout: float = 15.0):
        self.api_key = api_key or os.environ["ACQUIRER_API_KEY"]
        self.timeout = timeout
        self.session = requests.Session()

    def _headers(self, idempotency_key: str) -> dict:
        return {
            "Authorization": f"Bearer {self.api_key}",
            "Idempotency-Key": idempotency_key,
            "Content-Type": "application/json",
        }

    def _post(self, path: str, payload: dict) -> dict:
        url = f"{ACQUIRER_URL}{path}"
        headers = self._headers(str(uuid.uuid4()))
        log.debug("POST %s headers=%s", url, headers)
        resp = self.session.post(url, json=payload, headers=headers, timeout=self.timeout)
        log.info("acquirer %s -> %s", path, resp.status_code)
        resp.raise_for_status()
        return resp.json()

    def capture(self, order_ref: str, amount: Decimal, card_token: str,
                currency: str = "EUR") -> CaptureResult:
        body = {
            "amount_minor": int(amount * 100),
            "currency": currency,
            "payment_method": card_token,
            "reference": order_ref,
            "description": f"Bellows repair {order_ref}",
        }
        data = self._post("/captures", body)
        return CaptureResult(
            ok=data.get("status") == "captured",
            reference=data.get("id", ""),
            status=data.get("status", "unknown"),
        )

    def deposit_for_ticket(self, ticket_id: int, quote_total: Decimal, card_token: str) -> CaptureResult:
        deposit = (quote_total * Decimal("0.30")).quantize(Decimal("0.01"))
        return self.capture(f"T{ticket_id}-DEP", deposit, card_token)
