"""Sortable water-test table for the duty manager dashboard."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import psycopg
from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("water_test_table", __name__, url_prefix="/dashboard/water-tests")

SORT_COLUMNS = {
    "time": "taken_at",
    "chlorine": "free_chlorine_mg_l",
    "ph": "ph",
    "temperature": "water_temp_c",
    "tester": "tested_by",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def build_query(sort_key: str, direction: str) -> str:
    column = SORT_COLUMNS.get(sort_key, "taken_at")
    order = DIRECTIONS.get(direction, "DESC")
    return (
        "SELECT taken_at, pool_name, free_chlorine_mg_l, ph, water_temp_c, tested_by "
        "FROM water_tests WHERE pool_name = %s AND taken_at >= %s "
        f"ORDER BY {column} {order} LIMIT 500"
    )


@bp.get("/")
def water_test_table():
    pool = request.args.get("pool", "Main pool")
    try:
        days = max(1, min(int(request.args.get("days", "7")), 90))
    except ValueError:
        days = 7
    since = datetime.now(timezone.utc) - timedelta(days=days)
    sql = build_query(request.args.get("sort", "time"), request.args.get("dir", "desc"))

    with psycopg.connect(current_app.config["LIDO_DATABASE_URL"]) as conn:
        rows = conn.execute(sql, (pool, since)).fetchall()
    return jsonify(
        [
            {
                "taken_at": r[0].isoformat(),
                "pool": r[1],
                "free_chlorine": float(r[2]),
                "ph": float(r[3]),
                "temp_c": float(r[4]),
                "tested_by": r[5],
            }
            for r in rows
        ]
    )
