"""Lap time leaderboard API for the lobby screens and the website.

Leaderboards are per track layout and kart class and can be filtered to
a period (today, this week, this month, all time).
"""
from __future__ import annotations

import sqlite3
from datetime import date, timedelta

from fastapi import FastAPI, Query

app = FastAPI()
DB_PATH = "/var/lib/kartcentre/timing.db"

PERIOD_DAYS = {"today": 0, "week": 7, "month": 30}


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


def _period_start(period: str) -> str | None:
    days = PERIOD_DAYS.get(period)
    if days is None:
        return None
    return (date.today() - timedelta(days=days)).isoformat()


def best_laps(layout: str, kart_class: str, period: str, limit: int) -> list[dict]:
    sql = (
        "SELECT d.nickname, MIN(l.lap_ms) AS best_ms, COUNT(*) AS laps "
        "FROM laps l JOIN drivers d ON d.id = l.driver_id "
        f"WHERE l.layout = '{layout}' AND l.kart_class = ? "
    )
    params: list = [kart_class]
    start = _period_start(period)
    if start is not None:
        sql += "AND l.session_date >= ? "
        params.append(start)
    sql += "GROUP BY d.id ORDER BY best_ms ASC LIMIT ?"
    params.append(limit)
    with _connect() as conn:
        rows = conn.execute(sql, params).fetchall()
    return [dict(r) for r in rows]


def format_lap(ms: int) -> str:
    minutes, rest = divmod(ms, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{minutes}:{seconds:02d}.{millis:03d}"


@app.get("/leaderboard/{layout}")
def leaderboard(
    layout: str,
    kart_class: str = Query("rental-270cc"),
    period: str = Query("week"),
    limit: int = Query(20, ge=1, le=100),
):
    rows = best_laps(layout, kart_class, period, limit)
    return {
        "layout": layout,
        "class": kart_class,
        "period": period,
        "entries": [
            {
                "position": i + 1,
                "driver": r["nickname"],
                "best": format_lap(r["best_ms"]),
                "laps": r["laps"],
            }
            for i, r in enumerate(rows)
        ],
    }
