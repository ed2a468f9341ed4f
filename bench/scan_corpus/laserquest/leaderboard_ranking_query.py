"""Leaderboard API with selectable ranking metric and sort direction."""
from __future__ import annotations

import os

import psycopg
from psycopg.rows import dict_row
from fastapi import FastAPI, HTTPException, Query

app = FastAPI(title="LaserQuest leaderboard")

RANK_COLUMNS = {
    "points": "SUM(s.points)",
    "tags": "SUM(s.tags_made)",
    "accuracy": "SUM(s.tags_made)::float / NULLIF(SUM(s.shots_fired), 0)",
    "games": "COUNT(*)",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def _connect() -> psycopg.Connection:
    return psycopg.connect(os.environ["LEADERBOARD_DSN"], row_factory=dict_row)


def build_ranking_sql(metric: str, direction: str) -> str:
    try:
        expr = RANK_COLUMNS[metric]
        order = DIRECTIONS[direction]
    except KeyError as exc:
        raise HTTPException(400, f"unsupported option: {exc.args[0]}")
    return (
        f"SELECT s.callsign, {expr} AS score, COUNT(*) AS games "
        "FROM session_scores s JOIN game_sessions g ON g.id = s.session_id "
        "WHERE g.arena = %(arena)s AND g.mode = %(mode)s "
        f"GROUP BY s.callsign ORDER BY score {order} NULLS LAST LIMIT %(limit)s"
    )


@app.get("/api/rankings/{arena}")
def rankings(
    arena: str,
    mode: str = Query("solo", max_length=20),
    metric: str = "points",
    direction: str = "desc",
    limit: int = Query(25, ge=1, le=100),
) -> dict:
    sql = build_ranking_sql(metric, direction)
    with _connect() as conn:
        rows = conn.execute(sql, {"arena": arena, "mode": mode, "limit": limit}).fetchall()
    return {
        "arena": arena,
        "metric": metric,
        "entries": [
            {"rank": i + 1, "callsign": r["callsign"], "score": r["score"], "games": r["games"]}
            for i, r in enumerate(rows)
        ],
    }
