"""Stock level report across branches and supplier free stock.

Used by the purchasing team to see which lines are below re-order level,
optionally filtered to a single supplier or branch from the report page.
"""
from __future__ import annotations

import csv
import io
import os

import psycopg
from fastapi import APIRouter
from fastapi.responses import PlainTextResponse

router = APIRouter()

BASE_QUERY = """
SELECT p.product_code, p.description, b.branch_code, b.on_hand, b.reorder_level,
       s.supplier_code, s.free_stock, s.lead_days
FROM products p
JOIN branch_stock b ON b.product_id = p.id
LEFT JOIN supplier_stock s ON s.product_id = p.id
WHERE b.on_hand <= b.reorder_level
"""


def _supplier_filter(supplier_code: str | None) -> str:
    if not supplier_code:
        return ""
    return "AND s.supplier_code = '%s'" % supplier_code


def _branch_filter(branch_code: str | None) -> tuple[str, tuple]:
    if not branch_code:
        return "", ()
    return "AND b.branch_code = %s", (branch_code,)


def fetch_low_stock(conn: psycopg.Connection, supplier_code: str | None, branch_code: str | None):
    branch_sql, params = _branch_filter(branch_code)
    query = " ".join(
        [BASE_QUERY, _supplier_filter(supplier_code), branch_sql, "ORDER BY p.product_code, b.branch_code"]
    )
    with conn.cursor() as cur:
        cur.execute(query, params)
        return cur.fetchall()


def _to_csv(rows) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(
        ["product", "description", "branch", "on_hand", "reorder", "supplier", "supplier_free", "lead_days"]
    )
    writer.writerows(rows)
    return buf.getvalue()


@router.get("/reports/low-stock.csv", response_class=PlainTextResponse)
def low_stock_report(supplier: str | None = None, branch: str | None = None) -> PlainTextResponse:
    with psycopg.connect(os.environ["STOCK_DATABASE_URL"]) as conn:
        rows = fetch_low_stock(conn, supplier, branch)
    return PlainTextResponse(
        _to_csv(rows),
        media_type="text/csv",
        headers={"Content-Disposition": 'attachment; filename="low-stock.csv"'},
    )
