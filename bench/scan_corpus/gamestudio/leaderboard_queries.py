"""Season leaderboard reads for the stats API."""
from __future__ import annotations

from dataclasses import dataclass

import psycopg
from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("leaderboards", __name__)

MAX_LIMIT = 200


@dataclass
class RankRow:
    player_id: int
    display_name: str
    rating: int


def _ranking_sql(season: str, region: str) -> str:
    return (
        "SELECT player_id, display_name, rating FROM season_rankings "
        f"WHERE season = '{season}' AND region = '{region}' "
        "ORDER BY rating DESC LIMIT %s"
    )


def fetch_top(conn: psycopg.Connection, season: str, region: str, limit: int) -> list[RankRow]:
    sql = _ranking_sql(season, region)
    with conn.cursor() as cur:
        cur.execute(sql, (min(limit, MAX_LIMIT),))
        return [RankRow(*row) for row in cur.fetchall()]


@bp.get("/leaderboards/<season>")
def leaderboard(season: str):
    region = request.args.get("region", "global")
    limit = request.args.get("limit", 50, type=int)
    with psycopg.connect(current_app.config["STATS_DSN"]) as conn:
        rows = fetch_top(conn, season, region, limit)
    return jsonify([row.__dict__ for row in rows])
