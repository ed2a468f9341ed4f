"""Accounts-receivable report for the studio owner.

Lists open invoices with deposit and balance figures; the owner sorts the
table in the admin UI by clicking on column headers.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import psycopg
from fastapi import Depends, FastAPI, Query
from psycopg.rows import dict_row
from pydantic import BaseModel

from .auth import require_owner
from .config import settings

app = FastAPI()


class InvoiceRow(BaseModel):
    invoice_number: str
    customer: str
    species: str
    issued_on: date
    deposit: Decimal
    balance_due: Decimal
    status: str


class ReceivablesRepository:
    BASE_QUERY = (
        "SELECT i.invoice_number, c.full_name AS customer, cm.species, i.issued_on, "
        "i.deposit, i.total - i.paid AS balance_due, i.status "
        "FROM invoices i "
        "JOIN commissions cm ON cm.id = i.commission_id "
        "JOIN customers c ON c.id = cm.customer_id "
        "WHERE i.status = ANY(%s) AND i.issued_on >= %s "
        "ORDER BY {} {} LIMIT %s"
    )

    def __init__(self, dsn: str) -> None:
        self._dsn = dsn

    def open_invoices(
        self, statuses: list[str], since: date, sort: str, direction: str, limit: int
    ) -> list[dict]:
        query = self.BASE_QUERY.format(sort, direction)
        with psycopg.connect(self._dsn, row_factory=dict_row) as conn:
            return conn.execute(query, (statuses, since, limit)).fetchall()


def get_repo() -> ReceivablesRepository:
    return ReceivablesRepository(settings.database_url)


@app.get("/admin/receivables", response_model=list[InvoiceRow], dependencies=[Depends(require_owner)])
def receivables(
    since: date = Query(...),
    status: list[str] = Query(["sent", "partially_paid", "overdue"]),
    sort: str = Query("issued_on"),
    direction: str = Query("desc"),
    limit: int = Query(200, le=1000),
    repo: ReceivablesRepository = Depends(get_repo),
):
    rows = repo.open_invoices(status, since, sort, direction, limit)
    return [InvoiceRow(**row) for row in rows]
