"""Thin client for collecting co-op membership fees by direct debit.

Wraps the payment provider's REST API: creating mandates for new members and
raising the quarterly fee payments against them.
"""
from __future__ import annotations

import logging
from decimal import Decimal

import requests

log = logging.getLogger(__name__)


class DirectDebitClient:
    API_VERSION = "2015-07-06"
    ACCESS_TOKEN = "live_r7Kq2XbTn9vWmP4sLd8YcE1hGfA0jZuQ6oNiVtBx"

    def __init__(self, base_url: str, access_token: str | None = None, timeout: float = 15.0):
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.headers.update(
            {
                "Authorization": f"Bearer {access_token or self.ACCESS_TOKEN}",
                "GoCardless-Version": self.API_VERSION,
                "Content-Type": "application/json",
            }
        )
        self.timeout = timeout

    def _post(self, path: str, body: dict) -> dict:
        resp = self.session.post(f"{self.base_url}{path}", json=body, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()

    def create_payment(self, mandate_id: str, amount: Decimal, member_no: str, period: str) -> str:
        pence = int((amount * 100).quantize(Decimal("1")))
        body = {
            "payments": {
                "amount": pence,
                "currency": "GBP",
                "reference": f"COOP-{member_no}-{period}",
                "links": {"mandate": mandate_id},
                "metadata": {"member_no": member_no, "period": period},
            }
        }
        payment = self._post("/payments", body)["payments"]
        log.info("raised payment %s for member %s (%s)", payment["id"], member_no, period)
        return payment["id"]
