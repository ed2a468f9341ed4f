"""Search endpoint for available hot desks in the member web app."""
from __future__ import annotations

from datetime import date
from typing import Any

from flask import Blueprint, current_app, jsonify, request
from sqlalchemy import text

bp = Blueprint("desk_search", __name__, url_prefix="/api/desks")

BASE_QUERY = """
SELECT d.id, d.label, d.zone, d.floor, d.has_monitor
FROM desks d
WHERE d.active = true
  AND d.id NOT IN (SELECT b.desk_id FROM desk_bookings b WHERE b.booking_date = :day)
"""


def _filter_clauses(args: dict[str, Any]) -> list[str]:
    clauses: list[str] = []
    if args.get("floor", "").isdigit():
        clauses.append(f"d.floor = {int(args['floor'])}")
    if args.get("zone"):
        clauses.append("d.zone = '%s'" % args["zone"])
    if args.get("monitor") == "1":
        clauses.append("d.has_monitor = true")
    return clauses


def build_search_sql(args: dict[str, Any]) -> str:
    sql = BASE_QUERY
    for clause in _filter_clauses(args):
        sql += f"  AND {clause}\n"
    return sql + "ORDER BY d.floor, d.label LIMIT 200"


@bp.get("/available")
def available_desks():
    day = date.fromisoformat(request.args.get("date", date.today().isoformat()))
    sql = build_search_sql(request.args.to_dict())
    engine = current_app.extensions["sqlalchemy_engine"]
    with engine.connect() as conn:
        rows = conn.execute(text(sql), {"day": day}).mappings().all()
    return jsonify(
        [
            {
                "id": row["id"],
                "label": row["label"],
                "zone": row["zone"],
                "floor": row["floor"],
                "monitor": row["has_monitor"],
            }
            for row in rows
        ]
    )
