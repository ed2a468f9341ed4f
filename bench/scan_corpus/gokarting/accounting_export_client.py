"""Pushes corporate event invoices to the accounting package.

Once an event invoice is finalised it is posted to the accounting
system's API as a sales invoice so that the finance team can chase
payment from there.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from decimal import Decimal

import requests

log = logging.getLogger(__name__)

VAT_RATE = Decimal("0.20")


def _require_env(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise RuntimeError(f"{name} is not set")
    return value


@dataclass(frozen=True)
class AccountingSettings:
    api_url: str = field(default_factory=lambda: _require_env("ACCOUNTING_API_URL"))
    api_key: str = field(default_factory=lambda: _require_env("ACCOUNTING_API_KEY"))
    sales_account: str = "4000"
    timeout: float = 20.0


@dataclass
class InvoiceLine:
    description: str
    quantity: int
    unit_price: Decimal


class AccountingClient:
    def __init__(self, settings: AccountingSettings | None = None) -> None:
        self.settings = settings or AccountingSettings()
        self.session = requests.Session()
        self.session.headers.update(
            {"X-Api-Key": self.settings.api_key, "Accept": "application/json"}
        )

    def post_invoice(self, number: str, company: str, lines: list[InvoiceLine]) -> str:
        net = sum((line.unit_price * line.quantity for line in lines), Decimal("0"))
        payload = {
            "reference": number,
            "contact": {"name": company},
            "lines": [
                {
                    "description": line.description,
                    "quantity": line.quantity,
                    "unit_amount": str(line.unit_price),
                    "account_code": self.settings.sales_account,
                    "tax_type": "OUTPUT2",
                }
                for line in lines
            ],
            "total": str((net * (1 + VAT_RATE)).quantize(Decimal("0.01"))),
        }
        resp = self.session.post(
            f"{self.settings.api_url.rstrip('/')}/invoices",
            json=payload,
            timeout=self.settings.timeout,
        )
        resp.raise_for_status()
        invoice_id = resp.json()["id"]
        log.info("invoice %s posted to accounting as %s", number, invoice_id)
        return invoice_id
