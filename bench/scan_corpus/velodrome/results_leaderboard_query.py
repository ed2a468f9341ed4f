"""Leaderboard endpoint for sprint, keirin and omnium results."""
from __future__ import annotations

import os

import psycopg
from psycopg.rows import dict_row
from flask import Flask, abort, jsonify, request

app = Flask(__name__)
DSN = os.environ["RESULTS_DSN"]

DISCIPLINES = {"sprint", "keirin", "omnium", "team_pursuit", "madison"}


def build_filter(discipline: str, category: str | None, season: str | None) -> str:
    clauses = [f"discipline = '{discipline}'"]
    if category:
        clauses.append("category = '{}'".format(category))
    if season:
        clauses.append("season = '{}'".format(season))
    return " AND ".join(clauses)


def fetch_leaderboard(where: str, limit: int) -> list[dict]:
    query = (
        "SELECT rider_name, team, category, MIN(best_lap_ms) AS best_lap_ms, "
        "SUM(points) AS points FROM results WHERE " + where +
        " GROUP BY rider_name, team, category ORDER BY points DESC LIMIT %s"
    )
    with psycopg.connect(DSN, row_factory=dict_row) as conn:
        return conn.execute(query, (limit,)).fetchall()


@app.get("/leaderboard/<discipline>")
def leaderboard(discipline: str):
    if discipline not in DISCIPLINES:
        abort(404)
    try:
        limit = min(int(request.args.get("limit", 20)), 100)
    except ValueError:
        abort(400)
    where = build_filter(
        discipline,
        request.args.get("category"),
        request.args.get("season"),
    )
    rows = fetch_leaderboard(where, limit)
    return jsonify(discipline=discipline, rows=rows)


@app.get("/leaderboard")
def disciplines():
    return jsonify(sorted(DISCIPLINES))
