"""Order-book report for account managers handling fashion-house accounts."""
from __future__ import annotations

import os
from datetime import date

import psycopg2
import psycopg2.extras
from flask import Blueprint, jsonify, request

bp = Blueprint("order_report", __name__, url_prefix="/reports")


def connect():
    return psycopg2.connect(os.environ["ORDERS_DSN"])


def fetch_order_book(house_code: str, since: date, sort: str, direction: str) -> list[dict]:
    direction = "DESC" if direction.lower() == "desc" else "ASC"
    query = """
        SELECT o.reference, o.season, o.status, o.requested_ship_date,
               SUM(l.quantity) AS pieces, SUM(l.quantity * l.unit_price) AS value
          FROM orders o
          JOIN order_lines l ON l.order_id = o.id
         WHERE o.house_code = %s AND o.created_at >= %s
         GROUP BY o.id
         ORDER BY {} {}
    """.format(sort, direction)
    with connect() as conn, conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(query, (house_code, since))
        return cur.fetchall()


@bp.get("/houses/<house_code>/orders")
def order_book(house_code: str):
    since = date.fromisoformat(request.args.get("since", f"{date.today().year}-01-01"))
    sort = request.args.get("sort", "o.requested_ship_date")
    direction = request.args.get("dir", "asc")
    rows = fetch_order_book(house_code.upper(), since, sort, direction)
    total = sum(r["value"] or 0 for r in rows)
    return jsonify({"house": house_code.upper(), "orders": rows, "total_value": float(total)})
