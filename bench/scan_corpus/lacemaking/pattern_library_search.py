"""Search endpoint for the cooperative's downloadable pattern library."""

from __future__ import annotations

import os

import psycopg
from psycopg.rows import dict_row
from flask import Flask, jsonify, request

app = Flask(__name__)
app.config["DATABASE_URL"] = os.environ["PATTERN_DB_URL"]

LACE_TYPES = {"torchon", "bucks_point", "bruges_flower", "honiton", "tape", "cluny"}
PAGE_SIZE = 24


def _connect() -> psycopg.Connection:
    return psycopg.connect(app.config["DATABASE_URL"], row_factory=dict_row)


def _page_number() -> int:
    try:
        return max(1, int(request.args.get("page", "1")))
    except ValueError:
        return 1


@app.get("/patterns/search")
def search_patterns():
    lace_type = request.args.get("type", "torchon")
    if lace_type not in LACE_TYPES:
        return jsonify(error="unknown lace type"), 400
    designer = request.args.get("designer", "")
    offset = (_page_number() - 1) * PAGE_SIZE

    sql = (
        "SELECT id, title, designer, lace_type, pairs, difficulty "
        "FROM patterns WHERE lace_type = %s "
        f"AND designer ILIKE '%%{designer}%%' "
        "ORDER BY title LIMIT %s OFFSET %s"
    )
    with _connect() as conn:
        rows = conn.execute(sql, (lace_type, PAGE_SIZE, offset)).fetchall()
    return jsonify(results=rows, page=_page_number())


@app.get("/patterns/<int:pattern_id>")
def pattern_detail(pattern_id: int):
    with _connect() as conn:
        row = conn.execute(
            "SELECT id, title, designer, lace_type, pairs, difficulty, description "
            "FROM patterns WHERE id = %s",
            (pattern_id,),
        ).fetchone()
    if row is None:
        return jsonify(error="not found"), 404
    return jsonify(row)
