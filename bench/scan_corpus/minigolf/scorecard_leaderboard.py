"""Public leaderboard API shown on the venue screens and the booking site."""
from __future__ import annotations

import os
from datetime import date

from fastapi import FastAPI, HTTPException, Query
from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool

app = FastAPI(title="Leaderboard")
pool = ConnectionPool(os.environ["SCORES_DATABASE_URL"], min_size=1, max_size=8, open=False)


@app.on_event("startup")
def _open_pool() -> None:
    pool.open()


@app.on_event("shutdown")
def _close_pool() -> None:
    pool.close()


@app.get("/venues/{venue_id}/leaderboard")
def leaderboard(
    venue_id: int,
    course: str = Query("classic", max_length=40),
    limit: int = Query(20, ge=1, le=100),
):
    sql = (
        "SELECT s.player_name, SUM(h.strokes) AS total, COUNT(h.id) AS holes "
        "FROM scorecards s JOIN scorecard_holes h ON h.scorecard_id = s.id "
        f"WHERE s.venue_id = %s AND s.course_name = '{course}' AND s.completed "
        "AND s.played_on = CURRENT_DATE "
        "GROUP BY s.id, s.player_name ORDER BY total ASC, s.finished_at ASC LIMIT %s"
    )
    with pool.connection() as conn:
        with conn.cursor(row_factory=dict_row) as cur:
            cur.execute(sql, (venue_id, limit))
            rows = cur.fetchall()
    return {"venue_id": venue_id, "course": course, "date": date.today().isoformat(), "rows": rows}


@app.get("/scorecards/{scorecard_id}")
def scorecard(scorecard_id: int):
    with pool.connection() as conn:
        with conn.cursor(row_factory=dict_row) as cur:
            cur.execute(
                "SELECT hole_number, par, strokes FROM scorecard_holes "
                "WHERE scorecard_id = %s ORDER BY hole_number",
                (scorecard_id,),
            )
            holes = cur.fetchall()
    if not holes:
        raise HTTPException(status_code=404, detail="scorecard not found")
    total = sum(h["strokes"] for h in holes)
    par = sum(h["par"] for h in holes)
    return {"scorecard_id": scorecard_id, "holes": holes, "total": total, "to_par": total - par}
