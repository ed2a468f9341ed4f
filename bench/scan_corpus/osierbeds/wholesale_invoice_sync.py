"""Nightly job: push wholesale invoices to the accounting package."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import httpx
from sqlalchemy import create_engine, text

log = logging.getLogger("invoice_sync")


class InvoiceSyncError(RuntimeError):
    pass


@dataclass
class Invoice:
    id: int
    account_ref: str
    number: str
    total: Decimal
    vat: Decimal


class AccountsClient:
    def __init__(self, base_url: str, api_key: str, timeout: float = 20.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.api_key = api_key
        self.timeout = timeout

    def push_invoice(self, invoice: Invoice) -> str:
        resp = httpx.post(
            f"{self.base_url}/invoices",
            headers={"Authorization": f"Bearer {self.api_key}"},
            json={
                "contact_ref": invoice.account_ref,
                "number": invoice.number,
                "net": str(invoice.total - invoice.vat),
                "vat": str(invoice.vat),
            },
            timeout=self.timeout,
        )
        if resp.status_code == 401:
            raise InvoiceSyncError(f"accounts API rejected credentials (key {self.api_key})")
        resp.raise_for_status()
        return resp.json()["id"]


def pending_invoices(engine) -> list[Invoice]:
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT i.id, a.accounts_ref, i.number, i.total, i.vat "
                "FROM wholesale_invoices i JOIN wholesale_accounts a ON a.id = i.account_id "
                "WHERE i.synced_at IS NULL ORDER BY i.id"
            )
        ).all()
    return [Invoice(*r) for r in rows]


def run() -> int:
    engine = create_engine(os.environ["DATABASE_URL"])
    client = AccountsClient(os.environ["ACCOUNTS_API_URL"], os.environ["ACCOUNTS_API_KEY"])
    synced = 0
    for invoice in pending_invoices(engine):
        try:
            remote_id = client.push_invoice(invoice)
        except (InvoiceSyncError, httpx.HTTPError):
            log.exception("failed to sync invoice %s", invoice.number)
            continue
        with engine.begin() as conn:
            conn.execute(
                text("UPDATE wholesale_invoices SET synced_at = now(), remote_id = :r WHERE id = :i"),
                {"r": remote_id, "i": invoice.id},
            )
        synced += 1
    log.info("synced %d invoices", synced)
    return synced


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run()
