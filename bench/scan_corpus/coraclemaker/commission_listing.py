"""Office listing of build commissions with sorting and filtering.

Column names cannot be bound as SQL parameters, so the sort column and
direction are looked up in fixed tables; every value goes in as a parameter.
"""
from __future__ import annotations

from typing import Mapping

import psycopg
from flask import Blueprint, current_app, jsonify, request
from psycopg.rows import dict_row

bp = Blueprint("commission_listing", __name__, url_prefix="/office")

SORT_COLUMNS = {
    "due": "due_date",
    "created": "created_at",
    "customer": "customer_surname",
    "style": "style",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}
FILTER_COLUMNS = {"status": "status", "style": "style", "wood": "frame_wood"}


def build_listing(args: Mapping[str, str]) -> tuple[str, list[object]]:
    order_by = SORT_COLUMNS.get(args.get("sort", "due"), "due_date")
    direction = DIRECTIONS.get(args.get("dir", "asc").lower(), "ASC")
    clauses: list[str] = []
    params: list[object] = []
    for key, column in FILTER_COLUMNS.items():
        value = args.get(key)
        if value:
            clauses.append(f"{column} = %s")
            params.append(value)
    where = " AND ".join(clauses) or "TRUE"
    sql = (
        "SELECT id, customer_surname, style, frame_wood, status, due_date, created_at "
        f"FROM commissions WHERE {where} ORDER BY {order_by} {direction} LIMIT %s"
    )
    params.append(min(int(args.get("limit", 50) or 50), 200))
    return sql, params


@bp.get("/commissions")
def list_commissions():
    try:
        sql, params = build_listing(request.args)
    except ValueError:
        return jsonify({"error": "limit must be a number"}), 400
    with psycopg.connect(current_app.config["DATABASE_URL"], row_factory=dict_row) as conn:
        rows = conn.execute(sql, params).fetchall()
    for row in rows:
        for key in ("due_date", "created_at"):
            if row[key] is not None:
                row[key] = row[key].isoformat()
    return jsonify(rows)
