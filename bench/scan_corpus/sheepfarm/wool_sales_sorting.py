"""Sortable wool sales table for the farm office dashboard.

The table can be ordered by any displayed column. Column and direction come
from the query string, so they are mapped through a fixed allow-list before
they reach the ORDER BY clause (placeholders cannot bind identifiers).
"""
from __future__ import annotations

import os

import psycopg
from psycopg.rows import dict_row
from flask import Blueprint, jsonify, request

bp = Blueprint("wool_sales", __name__, url_prefix="/wool-sales")

SORTABLE = {
    "date": "s.sale_date",
    "broker": "s.broker",
    "lot": "l.bale_lot_no",
    "micron": "l.micron",
    "kg": "l.net_kg",
    "price": "l.clean_cents_per_kg",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def order_by(sort_key: str, direction: str) -> str:
    column = SORTABLE.get(sort_key, SORTABLE["date"])
    dir_sql = DIRECTIONS.get(direction.lower(), "DESC")
    return f"ORDER BY {column} {dir_sql}, l.bale_lot_no ASC"


def fetch_sales(season: str, sort_key: str, direction: str, page: int, per_page: int):
    sql = (
        "SELECT s.sale_date, s.broker, l.bale_lot_no, l.micron, l.net_kg, "
        "l.clean_cents_per_kg, l.buyer FROM wool_lots l "
        "JOIN wool_sales s ON s.id = l.sale_id WHERE s.season = %(season)s "
        f"{order_by(sort_key, direction)} LIMIT %(limit)s OFFSET %(offset)s"
    )
    params = {"season": season, "limit": per_page, "offset": (page - 1) * per_page}
    with psycopg.connect(os.environ["WOOL_SALES_DSN"], row_factory=dict_row) as conn:
        return conn.execute(sql, params).fetchall()


@bp.get("/<season>")
def list_sales(season: str):
    try:
        page = max(1, int(request.args.get("page", 1)))
        per_page = max(1, min(int(request.args.get("per_page", 50)), 500))
    except ValueError:
        return jsonify({"error": "page and per_page must be integers"}), 400
    rows = fetch_sales(
        season,
        request.args.get("sort", "date"),
        request.args.get("dir", "desc"),
        page,
        per_page,
    )
    for r in rows:
        r["sale_date"] = r["sale_date"].isoformat()
        r["micron"] = float(r["micron"])
    return jsonify(rows)
