"""Couple lookup for the results pages and the registration desk."""

from __future__ import annotations

import os
import sqlite3
from typing import Optional

from fastapi import FastAPI, HTTPException, Query
from pydantic import BaseModel

app = FastAPI(title="couple-lookup")

DB_PATH = os.environ.get("BALLROOM_DB", "/var/lib/ballroom/competition.sqlite3")


class CoupleOut(BaseModel):
    number: int
    leader: str
    follower: str
    club: Optional[str]
    country: str


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


def _like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


@app.get("/couples/search", response_model=list[CoupleOut])
def search_couples(
    name: str = Query(..., min_length=2, max_length=60),
    event_id: int = Query(...),
    limit: int = Query(25, ge=1, le=100),
):
    pattern = _like_pattern(name)
    with _connect() as conn:
        rows = conn.execute(
            "SELECT c.number, c.leader, c.follower, c.club, c.country "
            "FROM couples c JOIN entries e ON e.couple_id = c.id "
            "WHERE e.event_id = ? "
            "AND (c.leader LIKE ? ESCAPE '\\' OR c.follower LIKE ? ESCAPE '\\') "
            "ORDER BY c.number LIMIT ?",
            (event_id, pattern, pattern, limit),
        ).fetchall()
    return [CoupleOut(**dict(r)) for r in rows]


@app.get("/couples/{number}", response_model=CoupleOut)
def couple_by_number(number: int, event_id: int = Query(...)):
    with _connect() as conn:
        row = conn.execute(
            "SELECT c.number, c.leader, c.follower, c.club, c.country "
            "FROM couples c JOIN entries e ON e.couple_id = c.id "
            "WHERE e.event_id = ? AND c.number = ?",
            (event_id, number),
        ).fetchone()
    if row is None:
        raise HTTPException(status_code=404, detail="no such couple")
    return CoupleOut(**dict(row))
