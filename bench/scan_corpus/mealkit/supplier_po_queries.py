"""Reporting queries over supplier purchase orders (ops back-office)."""
from __future__ import annotations

import datetime as dt

import psycopg2
from psycopg2 import sql
from psycopg2.extras import RealDictCursor

SORTABLE_COLUMNS = {
    "created": "created_at",
    "supplier": "supplier_code",
    "total": "total_net",
    "delivery": "expected_delivery",
}


def build_po_query(sort: str, descending: bool, status: str | None) -> sql.Composed:
    column = SORTABLE_COLUMNS.get(sort, "created_at")
    direction = sql.SQL("DESC" if descending else "ASC")
    conditions = [sql.SQL("expected_delivery BETWEEN %s AND %s")]
    if status:
        conditions.append(sql.SQL("status = %s"))
    return sql.SQL(
        "SELECT po_number, supplier_code, status, total_net, expected_delivery "
        "FROM purchase_orders WHERE {where} ORDER BY {column} {direction} LIMIT 500"
    ).format(
        where=sql.SQL(" AND ").join(conditions),
        column=sql.Identifier(column),
        direction=direction,
    )


def list_purchase_orders(
    conn: "psycopg2.extensions.connection",
    start: dt.date,
    end: dt.date,
    sort: str = "created",
    descending: bool = True,
    status: str | None = None,
) -> list[dict]:
    query = build_po_query(sort, descending, status)
    params = [start, end] + ([status] if status else [])
    with conn.cursor(cursor_factory=RealDictCursor) as cur:
        cur.execute(query, params)
        return cur.fetchall()
