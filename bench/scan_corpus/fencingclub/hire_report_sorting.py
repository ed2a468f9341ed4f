"""Sortable, filterable equipment hire listing for the armoury dashboard."""
from __future__ import annotations

import os
from typing import Any, Mapping

import psycopg
from flask import Blueprint, jsonify, request
from psycopg.rows import dict_row

bp = Blueprint("hire_listing", __name__)

FILTER_COLUMNS = {
    "status": "h.status",
    "item_type": "h.item_type",
    "size": "h.size",
    "member_id": "h.member_id",
}
SORT_COLUMNS = {
    "due": "h.due_back",
    "hired": "h.hired_at",
    "member": "m.surname",
    "item": "h.item_type",
}


def build_query(filters: Mapping[str, str], sort: str, descending: bool) -> tuple[str, list[Any]]:
    clauses, params = [], []
    for key, column in FILTER_COLUMNS.items():
        value = filters.get(key)
        if value:
            clauses.append(f"{column} = %s")
            params.append(value)
    where = " AND ".join(clauses) or "TRUE"
    order_col = SORT_COLUMNS.get(sort, SORT_COLUMNS["due"])
    direction = "DESC" if descending else "ASC"
    sql = (
        "SELECT h.id, h.item_type, h.size, h.status, h.hired_at, h.due_back, m.first_name, m.surname "
        "FROM hires h JOIN members m ON m.id = h.member_id "
        f"WHERE {where} ORDER BY {order_col} {direction} LIMIT 500"
    )
    return sql, params


def list_hires(filters: Mapping[str, str], sort: str = "due", descending: bool = False) -> list[dict]:
    sql, params = build_query(filters, sort, descending)
    with psycopg.connect(os.environ["ARMOURY_DATABASE_URL"], row_factory=dict_row) as conn:
        return conn.execute(sql, params).fetchall()


@bp.get("/armoury/hires")
def hires_view():
    rows = list_hires(
        request.args,
        sort=request.args.get("sort", "due"),
        descending=request.args.get("order") == "desc",
    )
    return jsonify(count=len(rows), hires=[{**r, "hired_at": r["hired_at"].isoformat()} for r in rows])
