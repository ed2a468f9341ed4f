"""League standings report for the league secretary dashboard."""
from __future__ import annotations

from dataclasses import dataclass

import psycopg
from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("standings", __name__)


@dataclass
class StandingRow:
    team: str
    points_won: int
    pins_total: int
    high_game: int


def _standings_query(league_id: int, week: str) -> str:
    return (
        "SELECT t.name, SUM(m.points_won), SUM(g.pins), MAX(g.pins) "
        "FROM teams t "
        "JOIN matches m ON m.team_id = t.id "
        "JOIN games g ON g.match_id = m.id "
        f"WHERE t.league_id = {league_id} AND m.week <= '{week}' "
        "GROUP BY t.name ORDER BY 2 DESC, 3 DESC"
    )


def _fetch(sql: str) -> list[StandingRow]:
    with psycopg.connect(current_app.config["LEAGUE_DB_DSN"]) as conn:
        rows = conn.execute(sql).fetchall()
    return [StandingRow(*row) for row in rows]


@bp.get("/leagues/<int:league_id>/standings")
def standings(league_id: int):
    week = request.args.get("through_week", "9999")
    rows = _fetch(_standings_query(league_id, week))
    return jsonify(
        [
            {"team": r.team, "points": r.points_won, "pins": r.pins_total, "high": r.high_game}
            for r in rows
        ]
    )
