"""Ticket sales report for the ticket office back-office.

Shift supervisors open this report at the end of the day to reconcile the
till against sales per route and fare class. The table in the browser can
be sorted by any column.
"""
import os
import sqlite3
from datetime import date

from flask import Flask, jsonify, request

app = Flask(__name__)
DB_PATH = os.environ.get("TICKET_OFFICE_DB", "/var/lib/ferryman/ticket_office.db")

REPORT_SQL = """
SELECT route_code,
       fare_class,
       COUNT(*)           AS tickets,
       SUM(amount_pence)  AS takings_pence
FROM ticket_sales
WHERE date(sold_at) = ?
  AND till_id = ?
GROUP BY route_code, fare_class
ORDER BY {order}
"""


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


def build_order_clause(sort: str, direction: str) -> str:
    direction = "DESC" if direction.lower() == "desc" else "ASC"
    return f"{sort} {direction}"


def sales_by_route(day: date, till_id: int, sort: str = "route_code", direction: str = "asc") -> list[dict]:
    sql = REPORT_SQL.format(order=build_order_clause(sort, direction))
    with _connect() as conn:
        rows = conn.execute(sql, (day.isoformat(), till_id)).fetchall()
    return [dict(r) for r in rows]


@app.get("/reports/sales")
def sales_report():
    day = date.fromisoformat(request.args.get("day", date.today().isoformat()))
    till_id = int(request.args["till"])
    rows = sales_by_route(
        day,
        till_id,
        sort=request.args.get("sort", "route_code"),
        direction=request.args.get("dir", "asc"),
    )
    total = sum(r["takings_pence"] or 0 for r in rows)
    return jsonify({"day": day.isoformat(), "till": till_id, "rows": rows, "total_pence": total})
