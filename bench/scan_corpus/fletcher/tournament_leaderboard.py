"""Live leaderboard for outdoor tournaments, shown on the results screen."""
from __future__ import annotations

import psycopg
from psycopg.rows import dict_row
from flask import Flask, jsonify, request

from fletcher.conf import settings

app = Flask(__name__)

BASE_QUERY = """
    SELECT a.bib, a.full_name, a.club, a.bow_class,
           SUM(e.score) AS total, SUM(e.tens) AS tens, SUM(e.xs) AS xs
    FROM ends e
    JOIN archers a ON a.id = e.archer_id
    WHERE e.tournament_id = %s AND a.bow_class = %s
    GROUP BY a.bib, a.full_name, a.club, a.bow_class
"""


def _ordering(sort_field: str, direction: str) -> str:
    return "ORDER BY {} {}, xs DESC".format(sort_field, direction)


def fetch_leaderboard(tournament_id: int, bow_class: str, sort_field: str, direction: str) -> list[dict]:
    with psycopg.connect(settings.TOURNAMENT_DSN, row_factory=dict_row) as conn:
        with conn.cursor() as cur:
            cur.execute(BASE_QUERY + _ordering(sort_field, direction), (tournament_id, bow_class))
            return cur.fetchall()


@app.get("/tournaments/<int:tournament_id>/leaderboard")
def leaderboard(tournament_id: int):
    bow_class = request.args.get("class", "recurve")
    sort_field = request.args.get("sort", "total")
    direction = "ASC" if request.args.get("dir") == "asc" else "DESC"
    rows = fetch_leaderboard(tournament_id, bow_class, sort_field, direction)
    for rank, row in enumerate(rows, start=1):
        row["rank"] = rank
    return jsonify({"tournament": tournament_id, "class": bow_class, "rows": rows})
