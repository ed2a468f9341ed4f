"""Delivery-history report for the dispatch manager, with selectable sorting.

The manager can sort deliveries by date, pontoon, vessel or order value;
the sort key and direction come from the query string.
"""
from __future__ import annotations

import os
from datetime import date

import psycopg
from psycopg.rows import dict_row
from fastapi import FastAPI, Query

app = FastAPI(title="Berth delivery history")

SORT_COLUMNS = {
    "date": "d.delivered_at",
    "pontoon": "d.pontoon, d.berth",
    "vessel": "d.vessel_name",
    "value": "o.total_minor",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def build_query(sort: str, direction: str) -> str:
    order_by = SORT_COLUMNS.get(sort, SORT_COLUMNS["date"])
    order_dir = DIRECTIONS.get(direction.lower(), "DESC")
    return (
        "SELECT d.delivery_id, d.delivered_at, d.pontoon, d.berth, d.vessel_name, "
        "o.order_no, o.total_minor "
        "FROM berth_deliveries d JOIN orders o ON o.order_no = d.order_no "
        "WHERE d.delivered_at >= %(start)s AND d.delivered_at < %(end)s "
        f"ORDER BY {order_by} {order_dir} "
        "LIMIT %(limit)s"
    )


@app.get("/reports/berth-deliveries")
def delivery_history(
    start: date,
    end: date,
    sort: str = Query("date"),
    direction: str = Query("desc"),
    limit: int = Query(200, ge=1, le=1000),
):
    sql = build_query(sort, direction)
    with psycopg.connect(os.environ["DISPATCH_DATABASE_URL"], row_factory=dict_row) as conn:
        rows = conn.execute(sql, {"start": start, "end": end, "limit": limit}).fetchall()
    return {
        "start": start.isoformat(),
        "end": end.isoformat(),
        "sort": sort if sort in SORT_COLUMNS else "date",
        "rows": rows,
    }
