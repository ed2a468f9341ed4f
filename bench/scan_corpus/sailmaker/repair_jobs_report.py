"""Repair backlog report for the workshop manager."""
import os
from contextlib import contextmanager
from datetime import date

import psycopg2
import psycopg2.extras
from flask import Blueprint, jsonify, request

bp = Blueprint("repair_report", __name__)
DSN = os.environ.get("LOFT_DATABASE_URL", "dbname=loft")


@contextmanager
def cursor():
    conn = psycopg2.connect(DSN)
    try:
        with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
            yield cur
        conn.commit()
    finally:
        conn.close()


def backlog(status: str, since: date, order_by: str = "promised_date", direction: str = "asc"):
    direction = "DESC" if direction.lower() == "desc" else "ASC"
    query = """
        SELECT r.id, r.sail_number, c.name AS customer, r.status,
               r.received_at, r.promised_date, r.estimated_hours
        FROM repair_jobs r
        JOIN customers c ON c.id = r.customer_id
        WHERE r.status = %s AND r.received_at >= %s
        ORDER BY {} {}
    """.format(order_by, direction)
    with cursor() as cur:
        cur.execute(query, (status, since))
        return cur.fetchall()


def _summary(rows):
    hours = sum(float(r["estimated_hours"] or 0) for r in rows)
    return {"jobs": len(rows), "estimated_hours": round(hours, 1)}


@bp.get("/reports/repairs")
def repairs_report():
    status = request.args.get("status", "open")
    since = date.fromisoformat(request.args.get("since", date.today().replace(day=1).isoformat()))
    rows = backlog(
        status,
        since,
        order_by=request.args.get("sort", "promised_date"),
        direction=request.args.get("dir", "asc"),
    )
    return jsonify({"summary": _summary(rows), "rows": rows})
