"""Sortable unit status list for the housekeeping dashboard.

Team leads can sort the list by unit, status, last clean or next
arrival. Column names cannot be bound as parameters, so the sort key is
mapped through a fixed table of known columns.
"""
from __future__ import annotations

from flask import Blueprint, jsonify, request

from .db import get_connection

bp = Blueprint("unit_status", __name__)

SORT_COLUMNS = {
    "unit": "u.code",
    "status": "s.status",
    "last_clean": "s.last_cleaned_at",
    "next_arrival": "s.next_arrival",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def order_clause(sort_key: str | None, direction: str | None) -> str:
    column = SORT_COLUMNS.get(sort_key or "", SORT_COLUMNS["next_arrival"])
    order = DIRECTIONS.get((direction or "").lower(), "ASC")
    return f"ORDER BY {column} {order}, u.code ASC"


@bp.get("/housekeeping/units")
def unit_status():
    zone = request.args.get("zone")
    sql = (
        "SELECT u.code, u.unit_type, u.zone, s.status, s.last_cleaned_at, s.next_arrival"
        " FROM units u JOIN unit_status s ON s.unit_id = u.id"
        " WHERE (%(zone)s::text IS NULL OR u.zone = %(zone)s) "
        + order_clause(request.args.get("sort"), request.args.get("dir"))
    )
    with get_connection() as conn, conn.cursor() as cur:
        cur.execute(sql, {"zone": zone})
        cols = [c.name for c in cur.description]
        rows = [dict(zip(cols, r)) for r in cur.fetchall()]
    return jsonify(rows)
