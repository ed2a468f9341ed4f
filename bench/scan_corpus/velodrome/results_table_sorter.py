"""Sortable results table for the public event results page."""
from __future__ import annotations

import os

import psycopg
from psycopg.rows import dict_row
from flask import Flask, abort, jsonify, request

app = Flask(__name__)
DSN = os.environ["RESULTS_DSN"]

SORT_COLUMNS = {
    "place": "place",
    "rider": "rider_name",
    "team": "team",
    "lap": "best_lap_ms",
    "points": "points",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def order_clause(sort_key: str, direction: str) -> str:
    column = SORT_COLUMNS.get(sort_key, "place")
    order = DIRECTIONS.get(direction.lower(), "ASC")
    return f"ORDER BY {column} {order}, place ASC"


def load_results(event_id: int, category: str | None, sort_key: str, direction: str) -> list[dict]:
    where = ["event_id = %s"]
    params: list[object] = [event_id]
    if category:
        where.append("category = %s")
        params.append(category)
    query = (
        "SELECT place, rider_name, team, category, best_lap_ms, points FROM results "
        f"WHERE {' AND '.join(where)} {order_clause(sort_key, direction)}"
    )
    with psycopg.connect(DSN, row_factory=dict_row) as conn:
        return conn.execute(query, params).fetchall()


@app.get("/events/<int:event_id>/results")
def results(event_id: int):
    rows = load_results(
        event_id,
        request.args.get("category"),
        request.args.get("sort", "place"),
        request.args.get("dir", "asc"),
    )
    if not rows:
        abort(404)
    return jsonify(event_id=event_id, results=rows)
