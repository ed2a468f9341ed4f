"""Leaderboard API for the club's handicap and round scores.

Serves the season leaderboard page on the club website: best scores per
round, filtered by bow style and age category.
"""
from __future__ import annotations

import os

import psycopg
from psycopg.rows import dict_row
from fastapi import FastAPI, HTTPException, Query

app = FastAPI(title="Club leaderboard")

BOW_STYLES = {"recurve", "compound", "barebow", "longbow", "flatbow"}


def _connect() -> psycopg.Connection:
    return psycopg.connect(os.environ["LEADERBOARD_DSN"], row_factory=dict_row)


@app.get("/leaderboard/{season}")
def leaderboard(
    season: int,
    round_name: str = Query(..., max_length=64),
    bow_style: str = Query("recurve"),
    limit: int = Query(20, ge=1, le=100),
):
    if bow_style not in BOW_STYLES:
        raise HTTPException(status_code=400, detail="Unknown bow style")
    sql = (
        "SELECT a.display_name, s.score, s.golds, s.shot_on "
        "FROM scores s JOIN archers a ON a.id = s.archer_id "
        f"WHERE s.season = %s AND s.bow_style = %s AND s.round_name = '{round_name}' "
        "ORDER BY s.score DESC, s.golds DESC LIMIT %s"
    )
    with _connect() as conn, conn.cursor() as cur:
        cur.execute(sql, (season, bow_style, limit))
        rows = cur.fetchall()
    return {"season": season, "round": round_name, "bow_style": bow_style, "entries": rows}


@app.get("/archers/{archer_id}/personal-bests")
def personal_bests(archer_id: int):
    with _connect() as conn, conn.cursor() as cur:
        cur.execute(
            "SELECT round_name, bow_style, MAX(score) AS best FROM scores "
            "WHERE archer_id = %s GROUP BY round_name, bow_style ORDER BY round_name",
            (archer_id,),
        )
        rows = cur.fetchall()
    if not rows:
        raise HTTPException(status_code=404, detail="No scores recorded")
    return {"archer_id": archer_id, "personal_bests": rows}
