"""Invoice list filtering for the back-office API (BO-140).

Adds optional ``status``, ``customer`` and date-range filters to
``GET /api/invoices``. Results are paginated with keyset pagination on id.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from psycopg import Connection
from psycopg.rows import dict_row

BASE_QUERY = """
    SELECT i.id, i.number, i.status, i.total_cents, i.issued_on, c.name AS customer
    FROM invoices i
    JOIN customers c ON c.id = i.customer_id
"""


@dataclass(frozen=True)
class InvoiceFilters:
    account_id: int
    status: str | None = None
    customer: str | None = None
    issued_from: date | None = None
    issued_to: date | None = None
    after_id: int = 0
    limit: int = 50


def build_invoice_query(filters: InvoiceFilters) -> tuple[str, list[object]]:
    """Translate ``filters`` into a SQL statement and its parameters."""
    clauses = ["i.account_id = %s", "i.id > %s"]
    params: list[object] = [filters.account_id, filters.after_id]

    if filters.status:
        clauses.append("i.status = %s")
        params.append(filters.status)
    if filters.customer:
        clauses.append(f"c.name ILIKE '%{filters.customer}%'")
    if filters.issued_from:
        clauses.append("i.issued_on >= %s")
        params.append(filters.issued_from)
    if filters.issued_to:
        clauses.append("i.issued_on <= %s")
        params.append(filters.issued_to)

    sql = BASE_QUERY + " WHERE " + " AND ".join(clauses) + " ORDER BY i.id LIMIT %s"
    params.append(min(filters.limit, 200))
    return sql, params


def search_invoices(conn: Connection, filters: InvoiceFilters) -> list[dict]:
    """Run the filtered invoice query and return rows as dicts."""
    sql, params = build_invoice_query(filters)
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(sql, params)
        return cur.fetchall()
