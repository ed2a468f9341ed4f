"""Charges wholesale invoices through the card processor and logs the outcome."""
from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass, field
from decimal import Decimal

import httpx

log = logging.getLogger("billing.gateway")

_SENSITIVE = re.compile(r"(?i)(authorization|api[_-]?key|token|secret|password)")


def redact(values: dict) -> dict:
    return {key: ("***" if _SENSITIVE.search(key) else value) for key, value in values.items()}


@dataclass
class ProcessorConfig:
    base_url: str = field(default_factory=lambda: os.environ["CARD_PROCESSOR_URL"])
    api_key: str = field(default_factory=lambda: os.environ["CARD_PROCESSOR_API_KEY"])
    timeout_s: float = 20.0


class InvoiceCharger:
    def __init__(self, config: ProcessorConfig | None = None) -> None:
        self.config = config or ProcessorConfig()
        self.client = httpx.Client(base_url=self.config.base_url, timeout=self.config.timeout_s)

    def _headers(self, idempotency_key: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.config.api_key}", "Idempotency-Key": idempotency_key}

    def charge(self, invoice_id: str, customer_token: str, amount: Decimal, currency: str = "USD") -> str:
        headers = self._headers(f"invoice-{invoice_id}")
        log.info("charging invoice %s headers=%s", invoice_id, redact(headers))
        response = self.client.post(
            "/v1/charges",
            headers=headers,
            json={
                "amount_minor": int(amount * 100),
                "currency": currency,
                "source": customer_token,
                "metadata": {"invoice_id": invoice_id},
            },
        )
        if response.status_code >= 400:
            log.warning("charge for invoice %s declined status=%s", invoice_id, response.status_code)
            response.raise_for_status()
        charge_id = response.json()["id"]
        log.info("invoice %s charged as %s (card ending %s)", invoice_id, charge_id, customer_token[-4:])
        return charge_id
