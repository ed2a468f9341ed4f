"""Client for the council payment provider's refunds API.

Used when a plot holder gives up their tenancy part-way through the year
and is owed a pro-rata rent refund.
"""
from __future__ import annotations

import logging
import os
import uuid
from dataclasses import dataclass
from decimal import Decimal

import httpx

log = logging.getLogger("allotments.payments")


@dataclass(frozen=True)
class ProviderSettings:
    base_url: str
    api_key: str

    @classmethod
    def from_env(cls) -> "ProviderSettings":
        return cls(os.environ["PAYMENT_API_URL"], os.environ["PAYMENT_API_KEY"])

    @property
    def key_hint(self) -> str:
        return f"...{self.api_key[-4:]}"

    def __repr__(self) -> str:
        return f"ProviderSettings(base_url={self.base_url!r}, api_key={self.key_hint!r})"


class RefundClient:
    def __init__(self, settings: ProviderSettings) -> None:
        self._settings = settings
        self._client = httpx.Client(
            base_url=settings.base_url,
            headers={"Authorization": f"Bearer {settings.api_key}"},
            timeout=20.0,
        )

    def refund(self, gateway_ref: str, amount: Decimal, invoice_no: str) -> str:
        idempotency_key = str(uuid.uuid4())
        resp = self._client.post(
            f"/v1/payments/{gateway_ref}/refunds",
            json={"amount_minor": int(amount * 100), "reason": f"Allotment tenancy ended ({invoice_no})"},
            headers={"Idempotency-Key": idempotency_key},
        )
        log.info("refund for %s: HTTP %s (request %s, key %s)", invoice_no, resp.status_code, resp.headers.get("X-Request-Id"), self._settings.key_hint)
        resp.raise_for_status()
        return resp.json()["refund_id"]

    def close(self) -> None:
        self._client.close()
