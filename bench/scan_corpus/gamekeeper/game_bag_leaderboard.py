"""Leaderboard of guns by birds shot, for the syndicate newsletter.

The newsletter page lets readers sort by total birds, days attended or
birds per day, and filter to a season.
"""
import sqlite3
from contextlib import closing

from flask import Blueprint, g, jsonify, request

from gamekeeper.config import settings

bp = Blueprint("leaderboard", __name__)

SORT_COLUMNS = {
    "birds": "total_birds",
    "days": "days_attended",
    "average": "birds_per_day",
}
DEFAULT_SORT = "birds"


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(settings.SYNDICATE_DB)
        g.db.row_factory = sqlite3.Row
    return g.db


def _order_clause(sort_key: str, descending: bool) -> str:
    column = SORT_COLUMNS.get(sort_key, SORT_COLUMNS[DEFAULT_SORT])
    direction = "DESC" if descending else "ASC"
    return f"ORDER BY {column} {direction}, gun_name ASC"


@bp.get("/leaderboard")
def leaderboard():
    season = request.args.get("season", settings.CURRENT_SEASON)
    order = _order_clause(request.args.get("sort", DEFAULT_SORT), request.args.get("dir") != "asc")
    sql = f"""
        SELECT gun_name,
               SUM(birds) AS total_birds,
               COUNT(DISTINCT shoot_day_id) AS days_attended,
               ROUND(1.0 * SUM(birds) / COUNT(DISTINCT shoot_day_id), 1) AS birds_per_day
        FROM gun_bag
        WHERE season = ?
        GROUP BY gun_name
        {order}
        LIMIT 50
    """
    with closing(get_db().cursor()) as cur:
        cur.execute(sql, (season,))
        rows = [dict(r) for r in cur.fetchall()]
    return jsonify({"season": season, "rows": rows})
