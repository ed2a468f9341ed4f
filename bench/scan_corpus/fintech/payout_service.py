"""Sends merchant payouts through the disbursement provider."""
from __future__ import annotations

import logging
import os
import uuid
from dataclasses import dataclass
from decimal import Decimal

import requests

log = logging.getLogger(__name__)


@dataclass
class Payout:
    merchant_id: int
    amount: Decimal
    currency: str
    account_number: str
    routing_number: str


class PayoutProviderError(Exception):
    pass


class PayoutService:
    def __init__(self, session: requests.Session | None = None) -> None:
        self.base_url = os.environ["PAYOUT_PROVIDER_URL"].rstrip("/")
        self.api_key = os.environ["PAYOUT_PROVIDER_API_KEY"]
        self.session = session or requests.Session()

    def _headers(self, idempotency_key: str) -> dict:
        return {
            "Authorization": f"Bearer {self.api_key}",
            "Idempotency-Key": idempotency_key,
            "Content-Type": "application/json",
        }

    def send(self, payout: Payout) -> str:
        idem = str(uuid.uuid4())
        headers = self._headers(idem)
        body = {
            "amount": str(payout.amount),
            "currency": payout.currency,
            "destination": {
                "account_number": payout.account_number,
                "routing_number": payout.routing_number,
            },
            "metadata": {"merchant_id": payout.merchant_id},
        }
        log.debug("POST %s/payouts headers=%s", self.base_url, headers)
        resp = self.session.post(f"{self.base_url}/payouts", json=body, headers=headers, timeout=20)
        if resp.status_code >= 400:
            log.warning("payout failed merchant=%s status=%s", payout.merchant_id, resp.status_code)
            raise PayoutProviderError(resp.text)
        payout_id = resp.json()["id"]
        log.info(
            "payout sent merchant=%s amount=%s %s account=****%s id=%s",
            payout.merchant_id, payout.amount, payout.currency, payout.account_number[-4:], payout_id,
        )
        return payout_id
