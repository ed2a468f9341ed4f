"""Tabular report of station readings for the portal's station pages.

Users may sort by a handful of columns and filter by variable and date range.
The sort column is mapped through a fixed table; filter values are bound.
"""
from __future__ import annotations

from datetime import date

from flask import Blueprint, abort, current_app, jsonify, request
from sqlalchemy import text

bp = Blueprint("readings_report", __name__, url_prefix="/stations")

SORT_COLUMNS = {
    "time": "r.observed_at",
    "value": "r.value",
    "variable": "r.variable",
    "qc": "r.qc_flag",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}
PAGE_SIZE = 200


def build_query(sort_key: str, direction: str) -> str:
    order_column = SORT_COLUMNS.get(sort_key, SORT_COLUMNS["time"])
    order_direction = DIRECTIONS.get(direction.lower(), "ASC")
    return (
        "SELECT r.observed_at, r.variable, r.value, r.unit, r.qc_flag "
        "FROM readings r WHERE r.station_id = :station "
        "AND r.variable = :variable AND r.observed_at BETWEEN :start AND :end "
        f"ORDER BY {order_column} {order_direction} LIMIT :limit OFFSET :offset"
    )


@bp.get("/<station_id>/readings")
def readings(station_id: str):
    try:
        start = date.fromisoformat(request.args.get("from", "2000-01-01"))
        end = date.fromisoformat(request.args.get("to", date.today().isoformat()))
    except ValueError:
        abort(400, "dates must be YYYY-MM-DD")
    page = request.args.get("page", 0, type=int)
    sql = build_query(request.args.get("sort", "time"), request.args.get("dir", "asc"))
    engine = current_app.extensions["sqlalchemy_engine"]
    with engine.connect() as conn:
        rows = conn.execute(
            text(sql),
            {
                "station": station_id,
                "variable": request.args.get("variable", "air_temperature"),
                "start": start,
                "end": end,
                "limit": PAGE_SIZE,
                "offset": max(page, 0) * PAGE_SIZE,
            },
        ).mappings().all()
    return jsonify([dict(row) | {"observed_at": row["observed_at"].isoformat()} for row in rows])
