"""Season batting and bowling averages tables, sortable from the stats page."""
from __future__ import annotations

import os

import psycopg
from psycopg.rows import dict_row
from flask import Blueprint, abort, jsonify, request

stats_bp = Blueprint("stats", __name__, url_prefix="/stats")

BATTING_SORTS = {
    "runs": "runs DESC",
    "average": "average DESC NULLS LAST",
    "strike_rate": "strike_rate DESC NULLS LAST",
    "hundreds": "hundreds DESC, runs DESC",
}
BOWLING_SORTS = {
    "wickets": "wickets DESC",
    "average": "average ASC NULLS LAST",
    "economy": "economy ASC NULLS LAST",
}

BATTING_SQL = """
SELECT player_name, innings, not_outs, runs, average, strike_rate, hundreds
  FROM batting_averages
 WHERE season = %(season)s AND innings >= %(min_innings)s
 ORDER BY {order}
 LIMIT %(limit)s
"""

BOWLING_SQL = """
SELECT player_name, overs, maidens, runs_conceded, wickets, average, economy
  FROM bowling_averages
 WHERE season = %(season)s AND overs >= %(min_overs)s
 ORDER BY {order}
 LIMIT %(limit)s
"""


def _query(sql: str, params: dict) -> list[dict]:
    with psycopg.connect(os.environ["STATS_DSN"], row_factory=dict_row) as conn:
        return conn.execute(sql, params).fetchall()


def _order(sorts: dict[str, str], key: str) -> str:
    if key not in sorts:
        abort(400, f"sort must be one of {', '.join(sorts)}")
    return sorts[key]


@stats_bp.get("/batting")
def batting():
    order = _order(BATTING_SORTS, request.args.get("sort", "runs"))
    params = {
        "season": request.args.get("season", type=int),
        "min_innings": request.args.get("min_innings", default=3, type=int),
        "limit": min(request.args.get("limit", default=25, type=int), 100),
    }
    return jsonify(_query(BATTING_SQL.format(order=order), params))


@stats_bp.get("/bowling")
def bowling():
    order = _order(BOWLING_SORTS, request.args.get("sort", "wickets"))
    params = {
        "season": request.args.get("season", type=int),
        "min_overs": request.args.get("min_overs", default=10, type=int),
        "limit": min(request.args.get("limit", default=25, type=int), 100),
    }
    return jsonify(_query(BOWLING_SQL.format(order=order), params))
