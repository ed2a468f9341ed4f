"""Submits monthly invoices to councils that accept them over an API.

Each council's e-invoicing gateway issues the agency a client id and a
bearer token. Both are read from the environment and sent only to that
council's configured gateway as the request's own credentials.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from decimal import Decimal

import requests

log = logging.getLogger("invoicing.api")


@dataclass
class InvoiceLine:
    client_ref: str
    funding_stream: str
    minutes: int
    amount: Decimal


@dataclass
class Invoice:
    council_code: str
    number: str
    period: str
    lines: list[InvoiceLine] = field(default_factory=list)

    @property
    def total(self) -> Decimal:
        return sum((line.amount for line in self.lines), Decimal("0"))

    def to_payload(self) -> dict:
        return {
            "invoiceNumber": self.number,
            "period": self.period,
            "total": str(self.total),
            "lines": [
                {"clientRef": l.client_ref, "stream": l.funding_stream, "minutes": l.minutes, "amount": str(l.amount)}
                for l in self.lines
            ],
        }


class CouncilGateway:
    def __init__(self, council_code: str):
        prefix = f"EINVOICE_{council_code.upper()}_"
        self.council_code = council_code.upper()
        self.base_url = os.environ[prefix + "URL"].rstrip("/")
        self.session = requests.Session()
        self.session.headers.update(
            {
                "Authorization": f"Bearer {os.environ[prefix + 'TOKEN']}",
                "X-Supplier-Id": os.environ[prefix + "SUPPLIER_ID"],
            }
        )

    def submit(self, invoice: Invoice) -> str:
        if invoice.council_code != self.council_code:
            raise ValueError("invoice belongs to a different council")
        resp = self.session.post(f"{self.base_url}/invoices", json=invoice.to_payload(), timeout=30)
        resp.raise_for_status()
        receipt = resp.json()["receiptId"]
        log.info("invoice %s submitted to %s, receipt %s", invoice.number, self.council_code, receipt)
        return receipt
