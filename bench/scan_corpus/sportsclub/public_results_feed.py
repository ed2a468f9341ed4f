"""Public read-only feed of fixtures and results for embedding on club and sponsor websites."""
import os
from datetime import date

import psycopg
from fastapi import FastAPI, Query
from fastapi.middleware.cors import CORSMiddleware
from psycopg.rows import dict_row

DATABASE_URL = os.environ["SCORES_DATABASE_URL"]

app = FastAPI(title="Public results feed")
# Embedded widget on third-party sites; the feed is anonymous and read-only.
app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=False,
    allow_methods=["GET"],
    allow_headers=["Accept"],
    max_age=3600,
)


def _fetch(sql: str, params: tuple) -> list[dict]:
    with psycopg.connect(DATABASE_URL, row_factory=dict_row) as conn:
        return conn.execute(sql, params).fetchall()


@app.get("/divisions/{division_id}/results")
def results(division_id: int, since: date | None = None, limit: int = Query(50, ge=1, le=200)) -> list[dict]:
    return _fetch(
        "SELECT id, kickoff, home_team, away_team, home_goals, away_goals FROM public_results "
        "WHERE division_id = %s AND (%s::date IS NULL OR kickoff::date >= %s::date) "
        "ORDER BY kickoff DESC LIMIT %s",
        (division_id, since, since, limit),
    )


@app.get("/divisions/{division_id}/fixtures")
def fixtures(division_id: int, limit: int = Query(50, ge=1, le=200)) -> list[dict]:
    return _fetch(
        "SELECT id, kickoff, home_team, away_team, venue FROM public_fixtures "
        "WHERE division_id = %s AND kickoff >= now() ORDER BY kickoff LIMIT %s",
        (division_id, limit),
    )
