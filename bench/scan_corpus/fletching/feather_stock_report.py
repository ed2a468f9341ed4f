"""Feather and vane stock report for the purchasing screen."""
import os
from decimal import Decimal

import psycopg2
import psycopg2.extras
from flask import Flask, jsonify, request
from flask_login import login_required

app = Flask(__name__)

DEFAULT_SORT = "colour"


def get_conn():
    return psycopg2.connect(os.environ["FLETCH_DATABASE_URL"])


def low_stock_rows(cur, threshold: int, sort: str, direction: str) -> list[dict]:
    order = f"{sort} {'DESC' if direction == 'desc' else 'ASC'}"
    cur.execute(
        "SELECT sku, kind, colour, cut, length_in, wing, qty_on_hand, reorder_level, unit_cost "
        "FROM feather_stock WHERE qty_on_hand <= %s ORDER BY " + order,
        (threshold,),
    )
    return cur.fetchall()


def _jsonable(row: dict) -> dict:
    return {k: (float(v) if isinstance(v, Decimal) else v) for k, v in row.items()}


@app.get("/purchasing/feathers/low-stock")
@login_required
def low_stock():
    threshold = request.args.get("threshold", 200, type=int)
    sort = request.args.get("sort", DEFAULT_SORT)
    direction = request.args.get("dir", "asc")
    conn = get_conn()
    try:
        with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
            rows = low_stock_rows(cur, threshold, sort, direction)
    finally:
        conn.close()
    reorder_cost = sum(
        (r["unit_cost"] or 0) * max(r["reorder_level"] - r["qty_on_hand"], 0) for r in rows
    )
    return jsonify({
        "threshold": threshold,
        "sort": sort,
        "items": [_jsonable(r) for r in rows],
        "reorder_cost": float(reorder_cost),
    })
