"""Monthly commission report for the workshop office, sortable by a few columns."""

from __future__ import annotations

import os
from datetime import date

import psycopg
from psycopg.rows import dict_row
from flask import Flask, jsonify, request

app = Flask(__name__)

_SORT_COLUMNS = {
    "created": "c.created_at",
    "customer": "c.customer_name",
    "latitude": "c.site_latitude",
    "value": "c.quote_total",
}
_DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def build_report_sql(sort: str, direction: str) -> str:
    column = _SORT_COLUMNS.get(sort, _SORT_COLUMNS["created"])
    order = _DIRECTIONS.get(direction.lower(), "DESC")
    return (
        "SELECT c.id, c.customer_name, c.dial_type, c.site_latitude, c.quote_total, c.status "
        "FROM commissions c "
        "WHERE c.created_at >= %(start)s AND c.created_at < %(end)s "
        "AND (%(status)s::text IS NULL OR c.status = %(status)s) "
        f"ORDER BY {column} {order}"
    )


def month_bounds(year: int, month: int) -> tuple[date, date]:
    start = date(year, month, 1)
    end = date(year + (month == 12), month % 12 + 1, 1)
    return start, end


@app.get("/office/reports/commissions")
def commission_report():
    today = date.today()
    year = int(request.args.get("year", today.year))
    month = int(request.args.get("month", today.month))
    if not 1 <= month <= 12:
        return jsonify(error="bad month"), 400
    start, end = month_bounds(year, month)
    sql = build_report_sql(request.args.get("sort", "created"), request.args.get("dir", "desc"))
    params = {"start": start, "end": end, "status": request.args.get("status") or None}
    with psycopg.connect(os.environ["WORKSHOP_PG_DSN"], row_factory=dict_row) as conn:
        rows = conn.execute(sql, params).fetchall()
    total = sum(r["quote_total"] or 0 for r in rows)
    return jsonify(month=f"{year}-{month:02d}", count=len(rows), total=str(total),
                   commissions=[{**r, "quote_total": str(r["quote_total"])} for r in rows])
