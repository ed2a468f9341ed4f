"""Export of issued invoices to the accounting package.

Invoices issued by the workshop are pushed to the bookkeeping service each
evening. The service issues the workshop an API token, provided to the
container through the environment.
"""
import os
from decimal import Decimal
from typing import Iterable

import httpx

from netmaker.invoicing.models import Invoice

ACCOUNTING_API = os.environ.get("ACCOUNTING_API_URL", "https://api.ledgerbooks.example/v1")


def _auth_headers() -> dict:
    return {"Authorization": f"Token {os.environ['ACCOUNTING_API_TOKEN']}"}


def _invoice_payload(invoice: Invoice) -> dict:
    return {
        "number": invoice.number,
        "customer_ref": invoice.fleet.accounting_ref,
        "issue_date": invoice.issued_on.isoformat(),
        "due_date": invoice.due_on.isoformat(),
        "lines": [
            {
                "description": line.description,
                "quantity": str(line.quantity),
                "unit_price": str(line.unit_price),
                "vat_rate": str(line.vat_rate or Decimal("0")),
            }
            for line in invoice.lines
        ],
    }


def export_invoices(invoices: Iterable[Invoice]) -> int:
    exported = 0
    with httpx.Client(base_url=ACCOUNTING_API, headers=_auth_headers(), timeout=30.0) as client:
        for invoice in invoices:
            response = client.post("/sales-invoices", json=_invoice_payload(invoice))
            if response.status_code == 409:
                continue
            response.raise_for_status()
            invoice.exported_at = response.json().get("created_at")
            invoice.save(update_fields=["exported_at"])
            exported += 1
    return exported
