"""Order book listing for the sales office: open buyer orders with delivery dates."""
import os
from contextlib import contextmanager

import psycopg2
import psycopg2.extras
from flask import Flask, jsonify, request

app = Flask(__name__)

DSN = os.environ["ORDERS_DATABASE_URL"]
DEFAULT_SORT = "promised_date"


@contextmanager
def cursor():
    conn = psycopg2.connect(DSN)
    try:
        with conn, conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
            yield cur
    finally:
        conn.close()


def list_orders(status: str, sort_by: str, descending: bool) -> list[dict]:
    direction = "DESC" if descending else "ASC"
    query = (
        "SELECT o.order_no, b.company, o.article, o.colour, o.thickness_mm, "
        "o.quantity_sqft, o.promised_date, o.status "
        "FROM buyer_orders o JOIN buyers b ON b.id = o.buyer_id "
        "WHERE o.status = %s "
        "ORDER BY " + sort_by + " " + direction
    )
    with cursor() as cur:
        cur.execute(query, (status,))
        return cur.fetchall()


@app.get("/orders")
def orders():
    status = request.args.get("status", "open")
    sort_by = request.args.get("sort", DEFAULT_SORT)
    descending = request.args.get("dir", "asc").lower() == "desc"
    rows = list_orders(status, sort_by, descending)
    for row in rows:
        row["promised_date"] = row["promised_date"].isoformat()
        row["quantity_sqft"] = float(row["quantity_sqft"])
        row["thickness_mm"] = float(row["thickness_mm"])
    return jsonify(rows)
