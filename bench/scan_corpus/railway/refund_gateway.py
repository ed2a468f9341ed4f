"""Client for the payment provider's refund API, used to pay Delay Repay claims to card."""
from __future__ import annotations

import logging
import uuid
from decimal import Decimal

import httpx

from repay.secrets import get_secret
from repay.settings import PAYMENTS_BASE_URL

log = logging.getLogger("repay.refunds")


class RefundError(RuntimeError):
    pass


class RefundGateway:
    def __init__(self, base_url: str = PAYMENTS_BASE_URL, timeout: float = 15.0):
        self._client = httpx.Client(base_url=base_url, timeout=timeout)

    def _headers(self, idempotency_key: str) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {get_secret('payments/refund-api-key')}",
            "Idempotency-Key": idempotency_key,
            "Content-Type": "application/json",
        }

    def refund(self, payment_id: str, amount: Decimal, claim_ref: str) -> str:
        idem = str(uuid.uuid4())
        body = {
            "payment_id": payment_id,
            "amount": {"value": int(amount * 100), "currency": "GBP"},
            "reference": claim_ref,
        }
        headers = self._headers(idem)
        log.debug("POST /v2/refunds headers=%s body=%s", headers, body)
        resp = self._client.post("/v2/refunds", json=body, headers=headers)
        if resp.status_code >= 400:
            log.warning("refund for claim %s rejected: %s", claim_ref, resp.status_code)
            raise RefundError(f"refund rejected ({resp.status_code})")
        refund_id = resp.json()["id"]
        log.info("refund %s created for claim %s", refund_id, claim_ref)
        return refund_id

    def close(self) -> None:
        self._client.close()
