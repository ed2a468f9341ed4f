"""Refund requests to the CardPay gateway, issued from the support console."""
import logging
import os
import uuid

import requests

log = logging.getLogger("payments.refunds")

SENSITIVE_HEADERS = {"authorization", "x-api-key", "cookie"}


def redact_headers(headers) -> dict:
    return {k: ("***" if k.lower() in SENSITIVE_HEADERS else v) for k, v in headers.items()}


class RefundClient:
    def __init__(self, base_url: str | None = None, api_key: str | None = None):
        self.base_url = base_url or os.environ["CARDPAY_BASE_URL"]
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {api_key or os.environ['CARDPAY_API_KEY']}"

    def refund(self, payment_id: str, amount_cents: int, reason: str, agent: str) -> dict:
        request_id = str(uuid.uuid4())
        headers = {"Idempotency-Key": request_id}
        log.info(
            "refund request %s payment=%s amount=%d agent=%s headers=%s",
            request_id, payment_id, amount_cents, agent,
            redact_headers({**self.session.headers, **headers}),
        )
        resp = self.session.post(
            f"{self.base_url}/v2/refunds",
            json={"payment_id": payment_id, "amount": amount_cents, "reason": reason},
            headers=headers,
            timeout=15,
        )
        log.info("refund request %s -> HTTP %s", request_id, resp.status_code)
        resp.raise_for_status()
        return resp.json()
