"""Refunds through the card gateway for cancelled alterations and returns."""
import logging
import os
import uuid
from dataclasses import dataclass
from decimal import Decimal

import httpx

log = logging.getLogger("hc.payments.refunds")

GATEWAY_URL = os.environ.get("HC_GATEWAY_URL", "https://api.checkout.com")
SENSITIVE_HEADERS = {"authorization", "proxy-authorization", "cookie"}


def _redacted(headers: httpx.Headers) -> dict:
    return {k: ("[redacted]" if k.lower() in SENSITIVE_HEADERS else v) for k, v in headers.items()}


@dataclass
class RefundResult:
    refund_id: str
    status: str
    amount: Decimal


class RefundClient:
    def __init__(self, api_key: str | None = None, timeout: float = 15.0):
        self._client = httpx.Client(
            base_url=GATEWAY_URL,
            headers={"Authorization": f"Bearer {api_key or os.environ['HC_GATEWAY_API_KEY']}"},
            timeout=timeout,
        )

    def refund(self, payment_id: str, amount: Decimal, reason: str) -> RefundResult:
        request = self._client.build_request(
            "POST",
            f"/payments/{payment_id}/refunds",
            json={"amount": int(amount * 100), "reason": reason},
            headers={"Idempotency-Key": str(uuid.uuid4())},
        )
        log.debug("gateway %s %s headers=%s", request.method, request.url, _redacted(request.headers))
        resp = self._client.send(request)
        if resp.is_error:
            log.warning("refund for %s rejected with %s", payment_id, resp.status_code)
            resp.raise_for_status()
        data = resp.json()
        log.info("refund %s for payment %s: %s", data["id"], payment_id, data["status"])
        return RefundResult(data["id"], data["status"], Decimal(data["amount"]) / 100)

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "RefundClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
