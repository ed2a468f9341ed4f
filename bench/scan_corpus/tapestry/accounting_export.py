"""Pushes approved client invoices to the studio's cloud accounting package."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import requests

log = logging.getLogger("tapestry.accounting")

LEDGER_API = os.environ.get("LEDGER_API_URL", "https://api.ledgerbooks.example/v2")
LEDGER_CLIENT_ID = "tapestry-studio-prod"
LEDGER_CLIENT_SECRET = "lb_live_7Qm2xK9vR4tZ8nW1cY6pH3sD0fJ5gB"


@dataclass
class InvoiceLine:
    description: str
    hours: Decimal
    rate: Decimal

    @property
    def amount(self) -> Decimal:
        return (self.hours * self.rate).quantize(Decimal("0.01"))


@dataclass
class ClientInvoice:
    number: str
    client_ref: str
    issued: date
    due: date
    lines: list[InvoiceLine]


class LedgerExporter:
    def __init__(self, base_url: str = LEDGER_API) -> None:
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()

    def _authenticate(self) -> None:
        resp = self.session.post(
            f"{self.base_url}/oauth/token",
            data={"grant_type": "client_credentials"},
            auth=(LEDGER_CLIENT_ID, LEDGER_CLIENT_SECRET),
            timeout=15,
        )
        resp.raise_for_status()
        self.session.headers["Authorization"] = f"Bearer {resp.json()['access_token']}"

    def export(self, invoice: ClientInvoice) -> str:
        if "Authorization" not in self.session.headers:
            self._authenticate()
        body = {
            "reference": invoice.number,
            "contact": invoice.client_ref,
            "date": invoice.issued.isoformat(),
            "due_date": invoice.due.isoformat(),
            "currency": "GBP",
            "lines": [
                {"description": l.description, "quantity": str(l.hours), "unit_amount": str(l.rate)}
                for l in invoice.lines
            ],
        }
        resp = self.session.post(f"{self.base_url}/invoices", json=body, timeout=30)
        resp.raise_for_status()
        ledger_id = resp.json()["id"]
        log.info("exported invoice %s as %s", invoice.number, ledger_id)
        return ledger_id
