"""Public leaderboard endpoint: top players per arena and game mode."""
from __future__ import annotations

import os
from datetime import date, timedelta

import psycopg
from psycopg.rows import dict_row
from flask import Flask, abort, jsonify, request

app = Flask(__name__)

GAME_MODES = {"solo", "team", "capture", "elimination"}
MAX_LIMIT = 100


def _connect() -> psycopg.Connection:
    return psycopg.connect(os.environ["LEADERBOARD_DSN"], row_factory=dict_row)


def _period_start(period: str) -> date:
    today = date.today()
    if period == "week":
        return today - timedelta(days=today.weekday())
    if period == "month":
        return today.replace(day=1)
    return date(2000, 1, 1)


@app.get("/api/leaderboard")
def leaderboard():
    arena = request.args.get("arena", "")
    mode = request.args.get("mode", "solo")
    period = request.args.get("period", "week")
    if mode not in GAME_MODES:
        abort(400, "unknown game mode")
    try:
        limit = min(int(request.args.get("limit", 25)), MAX_LIMIT)
    except ValueError:
        abort(400, "limit must be an integer")

    query = (
        "SELECT s.callsign, SUM(s.points) AS total, COUNT(*) AS games "
        "FROM session_scores s JOIN game_sessions g ON g.id = s.session_id "
        f"WHERE g.arena = '{arena}' AND g.mode = %s AND g.ended_at >= %s "
        "GROUP BY s.callsign ORDER BY total DESC LIMIT %s"
    )
    with _connect() as conn:
        rows = conn.execute(query, (mode, _period_start(period), limit)).fetchall()
    return jsonify(
        {
            "arena": arena,
            "mode": mode,
            "period": period,
            "entries": [
                {"rank": i + 1, "callsign": r["callsign"], "points": r["total"],
                 "games": r["games"]}
                for i, r in enumerate(rows)
            ],
        }
    )
