"""Nightly push of restaurant invoices to the accounting ledger API."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

import requests
from sqlalchemy import create_engine, text

log = logging.getLogger("billing.invoice_sync")


@dataclass
class Invoice:
    number: str
    buyer_vat: str
    issued_on: date
    total_eur: Decimal


class LedgerClient:
    def __init__(self, base_url: str, api_token: str, timeout: float = 20.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.api_token = api_token
        self.timeout = timeout
        self._http = requests.Session()
        self._http.headers["Authorization"] = f"Bearer {api_token}"

    def push(self, invoices: list[Invoice]) -> int:
        log.info("pushing %d invoices to %s with token %s", len(invoices), self.base_url, self.api_token)
        payload = [
            {
                "number": inv.number,
                "customer_vat": inv.buyer_vat,
                "date": inv.issued_on.isoformat(),
                "amount": str(inv.total_eur),
                "currency": "EUR",
            }
            for inv in invoices
        ]
        resp = self._http.post(f"{self.base_url}/v2/invoices/batch", json=payload, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json().get("accepted", 0)


def load_invoices(db_url: str, day: date) -> list[Invoice]:
    engine = create_engine(db_url)
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT i.number, b.vat_number, i.issued_on, i.total_eur FROM invoices i "
                "JOIN buyers b ON b.id = i.buyer_id WHERE i.issued_on = :day AND i.synced = false"
            ),
            {"day": day},
        ).all()
    return [Invoice(*row) for row in rows]


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    day = date.today() - timedelta(days=1)
    invoices = load_invoices(os.environ["BILLING_DB_URL"], day)
    if not invoices:
        log.info("no invoices for %s", day)
        return
    client = LedgerClient(os.environ["LEDGER_API_URL"], os.environ["LEDGER_API_TOKEN"])
    accepted = client.push(invoices)
    log.info("ledger accepted %d of %d invoices for %s", accepted, len(invoices), day)


if __name__ == "__main__":
    main()
