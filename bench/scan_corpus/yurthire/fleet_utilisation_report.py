"""Fleet utilisation report: how often each yurt, marquee and stove was out on hire."""

from __future__ import annotations

from datetime import date

import psycopg
from psycopg.rows import dict_row
from flask import Blueprint, abort, current_app, jsonify, request

bp = Blueprint("fleet_report", __name__, url_prefix="/reports")

SORTABLE = {
    "asset": "a.asset_code",
    "type": "a.asset_type",
    "days": "days_on_hire",
    "bookings": "booking_count",
    "revenue": "revenue",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def build_query(sort_key: str, direction: str) -> str:
    order_column = SORTABLE.get(sort_key, SORTABLE["days"])
    order_dir = DIRECTIONS.get(direction.lower(), "DESC")
    return f"""
        SELECT a.asset_code, a.asset_type,
               COUNT(DISTINCT bl.booking_id) AS booking_count,
               COALESCE(SUM(bl.hire_days), 0) AS days_on_hire,
               COALESCE(SUM(bl.line_total), 0) AS revenue
        FROM assets a
        LEFT JOIN booking_lines bl
               ON bl.asset_id = a.id AND bl.hire_start BETWEEN %(start)s AND %(end)s
        WHERE (%(asset_type)s::text IS NULL OR a.asset_type = %(asset_type)s)
        GROUP BY a.asset_code, a.asset_type
        ORDER BY {order_column} {order_dir}, a.asset_code
    """


@bp.get("/fleet-utilisation")
def fleet_utilisation():
    try:
        start = date.fromisoformat(request.args["start"])
        end = date.fromisoformat(request.args["end"])
    except (KeyError, ValueError):
        abort(400, description="start and end dates are required (YYYY-MM-DD)")
    if end < start:
        abort(400, description="end is before start")
    params = {"start": start, "end": end, "asset_type": request.args.get("type")}
    sql = build_query(request.args.get("sort", "days"), request.args.get("dir", "desc"))
    with psycopg.connect(current_app.config["REPORTS_DSN"], row_factory=dict_row) as conn:
        rows = conn.execute(sql, params).fetchall()
    for row in rows:
        row["revenue"] = str(row["revenue"])
    return jsonify(rows)
