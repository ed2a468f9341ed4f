"""Invoice lookups for wholesale accounts (PostgreSQL, psycopg 3)."""
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import psycopg
from psycopg.rows import class_row

from pewterer.settings import DATABASE_DSN


@dataclass
class InvoiceSummary:
    invoice_no: str
    issued_on: date
    total: Decimal
    status: str


class InvoiceLookup:
    query = (
        "SELECT invoice_no, issued_on, total, status FROM invoices "
        "WHERE account_ref = %s AND status = ANY(%s) "
        "ORDER BY issued_on DESC LIMIT %s"
    )

    def __init__(self, dsn: str = DATABASE_DSN) -> None:
        self.dsn = dsn

    def open_invoices(self, account_ref: str, limit: int = 25) -> list[InvoiceSummary]:
        params = (account_ref, ["issued", "overdue"], limit)
        with psycopg.connect(self.dsn) as conn:
            with conn.cursor(row_factory=class_row(InvoiceSummary)) as cur:
                cur.execute(self.query, params)
                return cur.fetchall()

    def by_number(self, account_ref: str, invoice_no: str) -> InvoiceSummary | None:
        with psycopg.connect(self.dsn) as conn:
            with conn.cursor(row_factory=class_row(InvoiceSummary)) as cur:
                cur.execute(
                    "SELECT invoice_no, issued_on, total, status FROM invoices "
                    "WHERE account_ref = %s AND invoice_no = %s",
                    (account_ref, invoice_no),
                )
                return cur.fetchone()


def invoices_for_request(params: dict) -> list[dict]:
    lookup = InvoiceLookup()
    rows = lookup.open_invoices(params["account"], min(int(params.get("limit", 25)), 100))
    return [{**row.__dict__, "total": str(row.total)} for row in rows]
