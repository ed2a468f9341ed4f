"""Client for the card processor used to take class deposits.

Request and response details are logged for troubleshooting; headers
pass through a redaction step first so the bearer token never reaches
the log files.
"""
from __future__ import annotations

import logging
import os
import uuid
from typing import Mapping

import httpx

log = logging.getLogger("smockstudio.classes.payments")

SENSITIVE_HEADERS = frozenset({"authorization", "cookie", "x-api-key"})


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    return {k: ("[redacted]" if k.lower() in SENSITIVE_HEADERS else v) for k, v in headers.items()}


class ClassPaymentClient:
    def __init__(self, base_url: str, secret_key: str) -> None:
        self._client = httpx.Client(
            base_url=base_url,
            headers={"Authorization": f"Bearer {secret_key}"},
            timeout=httpx.Timeout(15.0),
        )

    @classmethod
    def from_env(cls) -> "ClassPaymentClient":
        return cls(os.environ["CARD_PROCESSOR_URL"], os.environ["CARD_PROCESSOR_SECRET_KEY"])

    def create_deposit(self, booking_id: int, amount_pence: int, customer_email: str) -> dict:
        headers = {"Idempotency-Key": f"booking-{booking_id}-{uuid.uuid4()}"}
        body = {
            "amount": amount_pence,
            "currency": "gbp",
            "receipt_email": customer_email,
            "metadata": {"booking_id": booking_id},
        }
        request = self._client.build_request("POST", "/v1/payment_intents", json=body, headers=headers)
        log.debug("POST %s headers=%s", request.url, redact_headers(request.headers))
        response = self._client.send(request)
        log.info("deposit intent for booking %s -> HTTP %s", booking_id, response.status_code)
        response.raise_for_status()
        return response.json()

    def close(self) -> None:
        self._client.close()
