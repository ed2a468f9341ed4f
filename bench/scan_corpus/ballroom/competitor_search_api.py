"""Public competitor search used by the results pages and the entry desk."""

from __future__ import annotations

import os
import sqlite3
from typing import Optional

from fastapi import FastAPI, Query
from pydantic import BaseModel

app = FastAPI(title="competitor-search")

DB_PATH = os.environ.get("BALLROOM_DB", "/var/lib/ballroom/competition.sqlite3")


class CompetitorOut(BaseModel):
    number: int
    leader: str
    follower: str
    club: Optional[str]
    country: str


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


@app.get("/competitors/search", response_model=list[CompetitorOut])
def search_competitors(
    name: str = Query(..., min_length=2, max_length=60),
    event_id: int = Query(...),
    limit: int = Query(25, ge=1, le=100),
):
    sql = (
        "SELECT c.number, c.leader, c.follower, c.club, c.country "
        "FROM couples c JOIN entries e ON e.couple_id = c.id "
        f"WHERE e.event_id = {event_id} "
        f"AND (c.leader LIKE '%{name}%' OR c.follower LIKE '%{name}%') "
        f"ORDER BY c.number LIMIT {limit}"
    )
    with _connect() as conn:
        rows = conn.execute(sql).fetchall()
    return [CompetitorOut(**dict(r)) for r in rows]


@app.get("/competitors/{number}", response_model=Optional[CompetitorOut])
def competitor_by_number(number: int, event_id: int = Query(...)):
    with _connect() as conn:
        row = conn.execute(
            "SELECT c.number, c.leader, c.follower, c.club, c.country "
            "FROM couples c JOIN entries e ON e.couple_id = c.id "
            "WHERE e.event_id = ? AND c.number = ?",
            (event_id, number),
        ).fetchone()
    return CompetitorOut(**dict(row)) if row else None
