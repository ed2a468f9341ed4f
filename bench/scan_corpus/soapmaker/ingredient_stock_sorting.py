"""Sorted and filtered views of raw ingredient stock for the purchasing screen."""

from __future__ import annotations

from decimal import Decimal
from typing import Optional

import psycopg
from flask import Blueprint, current_app, jsonify, request
from psycopg.rows import dict_row

SORT_COLUMNS = {
    "name": "name",
    "code": "code",
    "stock": "on_hand_kg",
    "reorder": "reorder_kg",
    "updated": "updated_at",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


class StockQueries:
    def __init__(self, dsn: str) -> None:
        self.dsn = dsn

    def listing(self, category: Optional[str], sort: str, direction: str) -> list[dict]:
        column = SORT_COLUMNS.get(sort, "name")
        order = DIRECTIONS.get(direction.lower(), "ASC")
        query = (
            "SELECT code, name, category, on_hand_kg, reorder_kg FROM ingredients "
            "WHERE (%(cat)s::text IS NULL OR category = %(cat)s) "
            f"ORDER BY {column} {order}, code"
        )
        with psycopg.connect(self.dsn, row_factory=dict_row) as conn:
            return conn.execute(query, {"cat": category}).fetchall()


def _jsonable(row: dict) -> dict:
    return {k: (str(v) if isinstance(v, Decimal) else v) for k, v in row.items()}


bp = Blueprint("stock", __name__, url_prefix="/stock")


@bp.get("/")
def stock_listing():
    queries = StockQueries(current_app.config["INVENTORY_DSN"])
    rows = queries.listing(
        category=request.args.get("category") or None,
        sort=request.args.get("sort", "name"),
        direction=request.args.get("dir", "asc"),
    )
    return jsonify([_jsonable(r) for r in rows])
