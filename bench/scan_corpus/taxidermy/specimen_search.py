"""Front-desk search over the specimen intake log.

The intake log is a SQLite database kept on the shop PC; staff search it by
tag number, species or customer surname when a client calls about a mount.
"""
from __future__ import annotations

import sqlite3
from contextlib import closing

from flask import Flask, g, jsonify, request

app = Flask(__name__)
app.config.from_prefixed_env("INTAKE")

SEARCH_LIMIT = 50


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(app.config["DB_PATH"])
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


def _contains(column: str, term: str) -> str:
    return f"{column} LIKE '%{term}%'"


def build_search_sql(term: str, include_released: bool) -> str:
    clauses = [
        _contains("s.tag_number", term),
        _contains("s.species_common", term),
        _contains("c.last_name", term),
    ]
    where = "(" + " OR ".join(clauses) + ")"
    if not include_released:
        where += " AND s.released_on IS NULL"
    return (
        "SELECT s.tag_number, s.species_common, s.received_on, s.status, c.last_name "
        "FROM specimens s JOIN customers c ON c.id = s.customer_id "
        f"WHERE {where} ORDER BY s.received_on DESC LIMIT {SEARCH_LIMIT}"
    )


@app.get("/intake/search")
def search_intake():
    term = request.args.get("q", "").strip()
    if len(term) < 2:
        return jsonify(results=[], error="type at least two characters"), 400
    include_released = request.args.get("released") == "1"

    with closing(get_db().cursor()) as cur:
        cur.execute(build_search_sql(term, include_released))
        rows = cur.fetchall()
    return jsonify(
        results=[
            {
                "tag": r["tag_number"],
                "species": r["species_common"],
                "received": r["received_on"],
                "status": r["status"],
                "customer": r["last_name"],
            }
            for r in rows
        ]
    )
