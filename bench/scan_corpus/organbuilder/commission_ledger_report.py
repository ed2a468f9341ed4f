"""Ledger report of hours and materials booked against commissions.

The office manager sorts and filters the report in the browser; sort
columns are mapped through a fixed table before they reach the SQL.
"""
from __future__ import annotations

import os
from datetime import date

import psycopg
from flask import Flask, abort, jsonify, request
from psycopg.rows import dict_row

app = Flask(__name__)

SORT_COLUMNS = {
    "ref": "c.ref",
    "parish": "c.parish",
    "hours": "total_hours",
    "materials": "material_cost",
}
SORT_DIRECTIONS = {"asc": "ASC", "desc": "DESC"}

LEDGER_SQL = """
SELECT c.ref, c.parish,
       COALESCE(SUM(t.hours), 0) AS total_hours,
       COALESCE(SUM(m.cost_cents), 0) AS material_cost
FROM commissions c
LEFT JOIN timesheets t ON t.commission_id = c.id AND t.worked_on BETWEEN %(start)s AND %(end)s
LEFT JOIN material_bookings m ON m.commission_id = c.id AND m.booked_on BETWEEN %(start)s AND %(end)s
WHERE c.status = ANY(%(statuses)s)
GROUP BY c.ref, c.parish
ORDER BY {order_column} {direction}
"""


def ledger_query(sort: str, direction: str) -> str:
    column = SORT_COLUMNS.get(sort)
    if column is None or direction not in SORT_DIRECTIONS:
        raise ValueError("unsupported sort")
    return LEDGER_SQL.format(order_column=column, direction=SORT_DIRECTIONS[direction])


@app.get("/reports/ledger")
def ledger():
    try:
        sql = ledger_query(request.args.get("sort", "ref"), request.args.get("dir", "asc"))
        start = date.fromisoformat(request.args["start"])
        end = date.fromisoformat(request.args["end"])
    except (KeyError, ValueError):
        abort(400)
    statuses = request.args.getlist("status") or ["contracted", "workshop"]
    with psycopg.connect(os.environ["LEDGER_DSN"], row_factory=dict_row) as conn:
        rows = conn.execute(sql, {"start": start, "end": end, "statuses": statuses}).fetchall()
    return jsonify(rows)
