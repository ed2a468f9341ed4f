"""Sortable thread-stock listing for the back office.

Staff can sort the floss and smocking thread inventory by several columns.
Column names cannot be bound as SQL parameters, so the requested sort key
is mapped through a fixed table of known columns before it reaches SQL.
"""
from __future__ import annotations

import os

import psycopg
from psycopg.rows import dict_row
from flask import Blueprint, jsonify, request

bp = Blueprint("thread_listing", __name__, url_prefix="/backoffice")

SORT_COLUMNS = {
    "sku": "t.sku",
    "name": "t.name",
    "colour": "t.colour_family",
    "stock": "t.on_hand",
    "supplier": "s.code",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def order_clause(sort: str | None, direction: str | None) -> str:
    column = SORT_COLUMNS.get(sort or "", SORT_COLUMNS["sku"])
    order = DIRECTIONS.get((direction or "").lower(), "ASC")
    return f"ORDER BY {column} {order}"


def list_threads(conn: psycopg.Connection, colour_family: str | None, sort: str | None,
                 direction: str | None, limit: int) -> list[dict]:
    sql = (
        "SELECT t.sku, t.name, t.colour_family, s.code AS supplier, t.on_hand "
        "FROM threads t JOIN suppliers s ON s.id = t.supplier_id "
        "WHERE t.discontinued = false AND (%(family)s::text IS NULL OR t.colour_family = %(family)s) "
        f"{order_clause(sort, direction)} LIMIT %(limit)s"
    )
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(sql, {"family": colour_family, "limit": limit})
        return cur.fetchall()


@bp.get("/threads")
def threads():
    limit = max(1, min(request.args.get("limit", default=100, type=int), 500))
    with psycopg.connect(os.environ["INVENTORY_DSN"]) as conn:
        rows = list_threads(
            conn,
            request.args.get("colour_family"),
            request.args.get("sort"),
            request.args.get("dir"),
            limit,
        )
    return jsonify(rows)
