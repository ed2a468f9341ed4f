"""Leaderboard of top loyalty members for the monthly "candle champion" prize."""
from __future__ import annotations

from dataclasses import dataclass

import psycopg
from flask import Blueprint, current_app, jsonify, request
from flask_login import login_required

bp = Blueprint("loyalty_leaderboard", __name__, url_prefix="/admin/loyalty")

SORT_COLUMNS = {
    "points": "m.points",
    "visits": "visit_count",
    "spend": "total_spend",
    "joined": "m.joined_at",
}


@dataclass
class Leader:
    member_id: int
    first_name: str
    points: int
    visits: int
    spend: float


def leaderboard_sql(sort_key: str, descending: bool) -> str:
    column = SORT_COLUMNS.get(sort_key, SORT_COLUMNS["points"])
    direction = "DESC" if descending else "ASC"
    return (
        "SELECT m.id, m.first_name, m.points, COUNT(v.id) AS visit_count, "
        "COALESCE(SUM(o.total), 0) AS total_spend "
        "FROM loyalty_members m "
        "LEFT JOIN store_visits v ON v.member_id = m.id "
        "LEFT JOIN orders o ON o.loyalty_member_id = m.id "
        "WHERE m.region = %s "
        f"GROUP BY m.id ORDER BY {column} {direction} LIMIT %s"
    )


@bp.get("/leaderboard")
@login_required
def leaderboard():
    sort_key = request.args.get("sort", "points")
    descending = request.args.get("order", "desc") != "asc"
    region = request.args.get("region", "uk")
    limit = min(int(request.args.get("limit", 20)), 100)

    with psycopg.connect(current_app.config["LOYALTY_DSN"]) as conn:
        with conn.cursor() as cur:
            cur.execute(leaderboard_sql(sort_key, descending), (region, limit))
            leaders = [Leader(*row) for row in cur.fetchall()]
    return jsonify(
        leaders=[
            {"member_id": l.member_id, "name": l.first_name, "points": l.points,
             "visits": l.visits, "spend": float(l.spend)}
            for l in leaders
        ]
    )
