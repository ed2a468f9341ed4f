"""Division standings with user-selectable sort order for the public site."""
from __future__ import annotations

import sqlite3

from flask import Blueprint, abort, current_app, jsonify, request

bp = Blueprint("standings", __name__, url_prefix="/standings")

SORT_COLUMNS = {
    "points": "points",
    "wins": "wins",
    "goal_diff": "goals_for - goals_against",
    "goals_for": "goals_for",
    "pim": "penalty_minutes",
    "team": "team_name",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(current_app.config["STANDINGS_DB"])
    conn.row_factory = sqlite3.Row
    return conn


def build_standings_sql(sort_key: str, direction: str) -> str:
    column = SORT_COLUMNS[sort_key]
    order = DIRECTIONS[direction]
    return (
        "SELECT team_name, games_played, wins, losses, ties, points, goals_for, goals_against, "
        "penalty_minutes FROM standings WHERE division = ? AND season = ? "
        f"ORDER BY {column} {order}, team_name ASC"
    )


@bp.get("/<division>")
def division_standings(division: str):
    season = request.args.get("season", current_app.config["CURRENT_SEASON"])
    sort_key = request.args.get("sort", "points")
    direction = request.args.get("dir", "desc")
    if sort_key not in SORT_COLUMNS or direction not in DIRECTIONS:
        abort(400, "Unsupported sort option.")

    with _connect() as conn:
        rows = conn.execute(build_standings_sql(sort_key, direction), (division, season)).fetchall()
    if not rows:
        abort(404)
    return jsonify(
        {
            "division": division,
            "season": season,
            "sort": sort_key,
            "teams": [dict(row) for row in rows],
        }
    )
