"""Workshop dashboard reports over custom bow orders (PostgreSQL)."""
import os
from contextlib import contextmanager
from datetime import date

import psycopg2
import psycopg2.extras
from flask import Blueprint, jsonify, request

bp = Blueprint("order_reports", __name__, url_prefix="/reports")

BASE_SQL = """
    SELECT o.reference, o.customer_name, o.bow_style, o.draw_weight_lbs,
           o.draw_length_in, o.stage, o.promised_date, o.total_pence
    FROM bow_orders o
    WHERE o.created_at >= %(since)s AND o.stage <> 'cancelled'
"""


@contextmanager
def cursor():
    conn = psycopg2.connect(os.environ["WORKSHOP_DATABASE_URL"])
    try:
        with conn, conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
            yield cur
    finally:
        conn.close()


def _sort_clause(args) -> str:
    column = args.get("sort", "promised_date")
    direction = "DESC" if args.get("dir", "asc").lower() == "desc" else "ASC"
    return f" ORDER BY o.{column} {direction}"


def open_orders(since: date, args) -> list[dict]:
    sql = BASE_SQL + _sort_clause(args) + " LIMIT %(limit)s"
    params = {"since": since, "limit": min(int(args.get("limit", 100)), 500)}
    with cursor() as cur:
        cur.execute(sql, params)
        return cur.fetchall()


@bp.get("/open-orders")
def open_orders_report():
    since = date.fromisoformat(request.args.get("since", date.today().replace(day=1).isoformat()))
    rows = open_orders(since, request.args)
    for r in rows:
        r["promised_date"] = r["promised_date"].isoformat() if r["promised_date"] else None
        r["total"] = f"{r.pop('total_pence') / 100:.2f}"
    return jsonify(rows)


@bp.get("/draw-weight-summary")
def draw_weight_summary():
    with cursor() as cur:
        cur.execute(
            "SELECT bow_style, MIN(draw_weight_lbs) AS lightest, MAX(draw_weight_lbs) AS heaviest,"
            " ROUND(AVG(draw_weight_lbs), 1) AS mean, COUNT(*) AS orders"
            " FROM bow_orders WHERE stage <> 'cancelled' GROUP BY bow_style ORDER BY bow_style"
        )
        return jsonify(cur.fetchall())
