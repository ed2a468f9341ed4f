"""Nightly export of restaurant invoices to the accounting ledger."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

import requests
from sqlalchemy import create_engine, text

log = logging.getLogger("billing.ledger_push")


@dataclass
class LedgerInvoice:
    number: str
    buyer_vat: str
    issued_on: date
    total_eur: Decimal


@dataclass
class LedgerSettings:
    base_url: str
    api_token: str = field(repr=False)
    timeout: float = 20.0

    @classmethod
    def from_env(cls) -> "LedgerSettings":
        return cls(os.environ["LEDGER_API_URL"], os.environ["LEDGER_API_TOKEN"])


class Ledger:
    def __init__(self, settings: LedgerSettings) -> None:
        self.settings = settings
        self._http = requests.Session()
        self._http.headers["Authorization"] = f"Bearer {settings.api_token}"

    def push(self, invoices: list[LedgerInvoice]) -> int:
        log.info("pushing %d invoices to ledger at %s", len(invoices), self.settings.base_url)
        resp = self._http.post(
            f"{self.settings.base_url.rstrip('/')}/v2/invoices/batch",
            json=[
                {
                    "number": i.number,
                    "customer_vat": i.buyer_vat,
                    "date": i.issued_on.isoformat(),
                    "amount": str(i.total_eur),
                    "currency": "EUR",
                }
                for i in invoices
            ],
            timeout=self.settings.timeout,
        )
        if resp.status_code >= 400:
            log.error("ledger rejected batch: HTTP %s %s", resp.status_code, resp.text[:500])
            resp.raise_for_status()
        return resp.json().get("accepted", 0)


def unsynced(db_url: str, day: date) -> list[LedgerInvoice]:
    with create_engine(db_url).connect() as conn:
        rows = conn.execute(
            text(
                "SELECT i.number, b.vat_number, i.issued_on, i.total_eur FROM invoices i "
                "JOIN buyers b ON b.id = i.buyer_id WHERE i.issued_on = :day AND i.synced = false"
            ),
            {"day": day},
        ).all()
    return [LedgerInvoice(*r) for r in rows]


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    yesterday = date.today() - timedelta(days=1)
    batch = unsynced(os.environ["BILLING_DB_URL"], yesterday)
    if batch:
        accepted = Ledger(LedgerSettings.from_env()).push(batch)
        log.info("ledger accepted %d of %d invoices for %s", accepted, len(batch), yesterday)
