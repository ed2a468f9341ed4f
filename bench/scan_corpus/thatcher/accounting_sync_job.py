"""Nightly push of invoices and payments to the accounting package.

Invoices raised for thatching work and deposits received through the
payment provider are copied into the bookkeeping system each night so the
accountant sees the same figures as the office.
"""

import logging
import os
from datetime import date, timedelta

import httpx
from celery import shared_task

from thatcher.billing import invoices_since, payments_since

log = logging.getLogger("thatcher.accounting")

ACCOUNTING_API = "https://api.books.example.com/v1"


def _client() -> httpx.Client:
    headers = {
        "Authorization": f"Bearer {os.environ['ACCOUNTING_ACCESS_TOKEN']}",
        "Tenant-Id": os.environ["ACCOUNTING_TENANT_ID"],
        "Accept": "application/json",
    }
    log.debug("Accounting client configured: base=%s headers=%s", ACCOUNTING_API, headers)
    return httpx.Client(base_url=ACCOUNTING_API, headers=headers, timeout=30)


def _invoice_payload(inv) -> dict:
    return {
        "reference": inv.number,
        "contact": {"name": inv.customer_name, "email": inv.customer_email},
        "date": inv.issued_on.isoformat(),
        "lines": [
            {"description": line.description, "amount": line.amount_pence / 100, "tax_code": line.vat_code}
            for line in inv.lines
        ],
    }


@shared_task(bind=True, max_retries=3, default_retry_delay=600)
def push_to_accounts(self, days: int = 1) -> dict:
    since = date.today() - timedelta(days=days)
    sent = {"invoices": 0, "payments": 0}
    with _client() as client:
        for inv in invoices_since(since):
            resp = client.post("/invoices", json=_invoice_payload(inv))
            if resp.status_code >= 500:
                raise self.retry()
            resp.raise_for_status()
            sent["invoices"] += 1
        for pay in payments_since(since):
            resp = client.post(
                "/payments",
                json={"invoice": pay.invoice_number, "amount": pay.amount_pence / 100, "date": pay.paid_on.isoformat()},
            )
            resp.raise_for_status()
            sent["payments"] += 1
    log.info("Accounting sync complete since %s: %s", since, sent)
    return sent
