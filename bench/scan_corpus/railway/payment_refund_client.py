"""Thin client for the acquirer's refund endpoint (card payouts for Delay Repay)."""
from __future__ import annotations

import logging
import uuid
from decimal import Decimal

import requests

from repay.secrets import get_secret
from repay.settings import ACQUIRER_BASE_URL

log = logging.getLogger("repay.acquirer")

_SENSITIVE_HEADERS = {"authorization", "x-api-key", "cookie"}


def _redact(headers: dict[str, str]) -> dict[str, str]:
    return {k: ("<redacted>" if k.lower() in _SENSITIVE_HEADERS else v) for k, v in headers.items()}


class AcquirerClient:
    def __init__(self, base_url: str = ACQUIRER_BASE_URL):
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()

    def refund(self, payment_id: str, amount: Decimal, claim_ref: str) -> dict:
        headers = {
            "X-Api-Key": get_secret("acquirer/api-key"),
            "Idempotency-Key": str(uuid.uuid4()),
        }
        body = {"paymentId": payment_id, "amountMinor": int(amount * 100), "merchantReference": claim_ref}
        log.debug("refund request claim=%s headers=%s", claim_ref, _redact(headers))
        resp = self.session.post(f"{self.base_url}/refunds", json=body, headers=headers, timeout=20)
        log.info("refund response claim=%s status=%s", claim_ref, resp.status_code)
        resp.raise_for_status()
        return resp.json()
