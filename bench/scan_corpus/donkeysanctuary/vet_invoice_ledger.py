"""Vet invoice ledger queries for the finance dashboard.

The dashboard lets finance staff group and sort vet spend; grouping and
sort keys are chosen from fixed menus in the UI.
"""
from __future__ import annotations

import os
from datetime import date

import psycopg
from fastapi import FastAPI, HTTPException, Query

app = FastAPI()

GROUP_COLUMNS = {
    "practice": "i.practice_name",
    "herd": "d.herd",
    "treatment": "i.treatment_category",
    "month": "date_trunc('month', i.issued_on)",
}
SORT_ORDERS = {"total_desc": "total_pence DESC", "total_asc": "total_pence ASC", "key": "group_key"}


def spend_summary(conn: psycopg.Connection, group: str, sort: str, start: date, end: date):
    group_expr = GROUP_COLUMNS[group]
    order_expr = SORT_ORDERS[sort]
    sql = (
        f"SELECT {group_expr} AS group_key, SUM(i.amount_pence) AS total_pence, "
        "COUNT(*) AS invoices "
        "FROM vet_invoices i LEFT JOIN donkeys d ON d.id = i.donkey_id "
        "WHERE i.issued_on >= %s AND i.issued_on < %s "
        f"GROUP BY group_key ORDER BY {order_expr}"
    )
    with conn.cursor() as cur:
        cur.execute(sql, (start, end))
        return cur.fetchall()


@app.get("/finance/vet-spend")
def vet_spend(
    start: date,
    end: date,
    group: str = Query("practice"),
    sort: str = Query("total_desc"),
):
    if group not in GROUP_COLUMNS or sort not in SORT_ORDERS:
        raise HTTPException(status_code=400, detail="unsupported grouping or sort")
    if end <= start:
        raise HTTPException(status_code=400, detail="end must be after start")
    with psycopg.connect(os.environ["FINANCE_DB_DSN"]) as conn:
        rows = spend_summary(conn, group, sort, start, end)
    return [
        {"group": str(key), "total_pence": int(total), "invoices": int(count)}
        for key, total, count in rows
    ]
