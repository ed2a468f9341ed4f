"""Player rankings table for the league website.

Visitors can sort by any of the published stat columns and filter by
division and minimum legs played.
"""
from __future__ import annotations

import sqlite3

from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("rankings", __name__, url_prefix="/api/rankings")

SORT_COLUMNS = {
    "average": "three_dart_avg",
    "checkout": "checkout_pct",
    "180s": "max_count",
    "highfinish": "high_finish",
    "legs": "legs_won",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(current_app.config["RANKINGS_DB"])
    conn.row_factory = sqlite3.Row
    return conn


def build_query(sort_key: str, direction: str) -> str:
    column = SORT_COLUMNS.get(sort_key, "three_dart_avg")
    order = DIRECTIONS.get(direction.lower(), "DESC")
    return (
        "SELECT player_name, team, division, three_dart_avg, checkout_pct, "
        "max_count, high_finish, legs_won, legs_played "
        "FROM player_season_stats "
        "WHERE division = ? AND legs_played >= ? "
        f"ORDER BY {column} {order}, player_name ASC "
        "LIMIT ?"
    )


@bp.get("")
def rankings():
    division = request.args.get("division", "Premier")
    min_legs = request.args.get("min_legs", 10, type=int)
    limit = min(request.args.get("limit", 50, type=int), 200)
    sql = build_query(request.args.get("sort", "average"), request.args.get("dir", "desc"))
    with _connect() as conn:
        rows = conn.execute(sql, (division, min_legs, limit)).fetchall()
    return jsonify([dict(r) for r in rows])
