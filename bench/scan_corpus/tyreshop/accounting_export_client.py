"""Pushes finalised invoices to the group's accounting system.

Every invoice closed in a shop is exported once to the accounting API with
its VAT breakdown, so the finance team can reconcile card payments and
fleet account receivables.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from decimal import Decimal

import requests


@dataclass
class AccountingConfig:
    base_url: str = field(default_factory=lambda: os.environ["ACCOUNTING_API_URL"])
    company_id: str = field(default_factory=lambda: os.environ.get("ACCOUNTING_COMPANY", "TSG01"))
    api_token: str = "acc_live_7Qm2vR9xK4tP8wLz3NbC6yHd5JfS1gUe"
    timeout_s: float = 15.0


@dataclass
class InvoiceExport:
    invoice_no: str
    customer_no: str
    issued_on: str
    net: Decimal
    vat: Decimal
    gross: Decimal
    vat_rate: Decimal
    shop_cost_centre: str


class AccountingExporter:
    def __init__(self, config: AccountingConfig | None = None) -> None:
        self.config = config or AccountingConfig()
        self.http = requests.Session()
        self.http.headers.update(
            {
                "Authorization": f"Bearer {self.config.api_token}",
                "X-Company": self.config.company_id,
            }
        )

    def _payload(self, inv: InvoiceExport) -> dict:
        return {
            "documentNumber": inv.invoice_no,
            "customer": inv.customer_no,
            "date": inv.issued_on,
            "costCentre": inv.shop_cost_centre,
            "rows": [
                {"account": "3001", "amount": str(inv.net), "vatRate": str(inv.vat_rate)},
                {"account": "2611", "amount": str(inv.vat)},
            ],
            "total": str(inv.gross),
        }

    def export(self, inv: InvoiceExport) -> str:
        resp = self.http.post(
            f"{self.config.base_url}/v1/sales-invoices",
            json=self._payload(inv),
            timeout=self.config.timeout_s,
        )
        resp.raise_for_status()
        return resp.json()["id"]
