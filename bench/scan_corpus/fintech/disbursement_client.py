"""Sends loan disbursements through the payouts provider."""
from __future__ import annotations

import logging
import os
import uuid
from dataclasses import dataclass
from decimal import Decimal

import requests

log = logging.getLogger(__name__)

SENSITIVE_HEADERS = frozenset({"authorization", "x-api-key", "cookie"})


def redact_headers(headers: dict) -> dict:
    return {k: ("[redacted]" if k.lower() in SENSITIVE_HEADERS else v) for k, v in headers.items()}


@dataclass
class Disbursement:
    loan_id: int
    amount: Decimal
    account_number: str
    routing_number: str


class DisbursementError(Exception):
    pass


class DisbursementClient:
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

    def disburse(self, item: Disbursement) -> str:
        headers = self._headers(f"loan-{item.loan_id}-{uuid.uuid4()}")
        body = {
            "amount": str(item.amount),
            "currency": "USD",
            "destination": {"account_number": item.account_number, "routing_number": item.routing_number},
            "metadata": {"loan_id": item.loan_id},
        }
        log.debug("POST %s/payouts headers=%s", self.base_url, redact_headers(headers))
        resp = self.session.post(f"{self.base_url}/payouts", json=body, headers=headers, timeout=20)
        if resp.status_code >= 400:
            log.warning("disbursement failed loan=%s status=%s", item.loan_id, resp.status_code)
            raise DisbursementError(f"provider returned {resp.status_code}")
        payout_id = resp.json()["id"]
        log.info(
            "disbursement sent loan=%s amount=%s account=****%s id=%s",
            item.loan_id, item.amount, item.account_number[-4:], payout_id,
        )
        return payout_id
