"""Accounts-receivable reports for the finance team (open invoices, ageing)."""

import csv
import io
from datetime import date

import psycopg

from freight.config import settings


def _connect():
    return psycopg.connect(settings.DATABASE_URL)


def build_open_invoice_query(customer_ref: str | None, due_before: date | None) -> str:
    clauses = ["i.status = 'open'"]
    if customer_ref:
        clauses.append(f"c.customer_ref = '{customer_ref}'")
    if due_before:
        clauses.append(f"i.due_date < '{due_before.isoformat()}'")
    return (
        "SELECT i.invoice_no, c.customer_ref, c.name, i.currency, i.amount_due, i.due_date "
        "FROM invoices i JOIN customers c ON c.id = i.customer_id "
        "WHERE " + " AND ".join(clauses) + " ORDER BY i.due_date"
    )


def fetch_rows(query: str) -> list[tuple]:
    with _connect() as conn, conn.cursor() as cur:
        cur.execute(query)
        return cur.fetchall()


def open_invoices_csv(customer_ref: str | None = None, due_before: date | None = None) -> str:
    """Return the open-invoice report as CSV text, as used by /reports/ar/open."""
    rows = fetch_rows(build_open_invoice_query(customer_ref, due_before))
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["invoice_no", "customer_ref", "customer", "currency", "amount_due", "due_date"])
    writer.writerows(rows)
    return buf.getvalue()


def ageing_buckets(as_of: date) -> dict[str, int]:
    sql = (
        "SELECT CASE WHEN due_date >= %(d)s THEN 'current' "
        "WHEN due_date >= %(d)s - 30 THEN '1-30' "
        "WHEN due_date >= %(d)s - 60 THEN '31-60' ELSE '60+' END AS bucket, count(*) "
        "FROM invoices WHERE status = 'open' GROUP BY bucket"
    )
    with _connect() as conn, conn.cursor() as cur:
        cur.execute(sql, {"d": as_of})
        return dict(cur.fetchall())
