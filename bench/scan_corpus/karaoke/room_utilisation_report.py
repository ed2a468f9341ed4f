"""Room utilisation report for area managers.

Returns booked hours per room for a month, optionally narrowed to one venue
or room size.
"""
from __future__ import annotations

from flask import Blueprint, jsonify, request
from sqlalchemy import text

from karaoke.auth import require_staff_role
from karaoke.db import engine

bp = Blueprint("room_reports", __name__, url_prefix="/reports")

FILTERABLE = ("venue_code", "room_size", "month")


def _where(filters: dict[str, str]) -> str:
    clauses = [f"{name} = '{value}'" for name, value in filters.items()]
    return " AND ".join(clauses) if clauses else "TRUE"


def utilisation(filters: dict[str, str]) -> list[dict]:
    sql = text(
        "SELECT venue_code, room_id, room_size, month, "
        "SUM(EXTRACT(EPOCH FROM (ends_at - starts_at)) / 3600) AS booked_hours "
        "FROM room_bookings_by_month "
        f"WHERE {_where(filters)} "
        "GROUP BY venue_code, room_id, room_size, month "
        "ORDER BY venue_code, room_id"
    )
    with engine.connect() as conn:
        return [dict(row._mapping) for row in conn.execute(sql)]


@bp.get("/utilisation")
@require_staff_role("area_manager")
def utilisation_report():
    filters = {k: request.args[k] for k in FILTERABLE if request.args.get(k)}
    if "month" not in filters:
        return jsonify(error="month is required, e.g. 2024-05"), 400
    rows = utilisation(filters)
    return jsonify(
        rows=[{**r, "booked_hours": float(r["booked_hours"] or 0)} for r in rows],
        filters=filters,
    )
