"""Skate hire inventory report for the rental counter manager.

Lists hire skates by size, type and condition so worn pairs can be pulled
for maintenance. Filters arrive as query-string parameters.
"""
from __future__ import annotations

import sqlite3
from contextlib import closing

from flask import Flask, g, jsonify, request

app = Flask(__name__)
app.config["INVENTORY_DB"] = "/var/lib/rink/skate_hire.sqlite3"

REPORT_COLUMNS = ("pair_id", "size", "skate_type", "condition", "hires_since_service")


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(app.config["INVENTORY_DB"])
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc) -> None:
    db = g.pop("db", None)
    if db is not None:
        db.close()


def _where_clause(filters: dict[str, str]) -> str:
    parts = ["retired = 0"]
    if filters.get("size"):
        parts.append(f"size = {float(filters['size'])}")
    if filters.get("type"):
        parts.append(f"skate_type = '{filters['type']}'")
    if filters.get("min_hires"):
        parts.append(f"hires_since_service >= {int(filters['min_hires'])}")
    return " AND ".join(parts)


def inventory_rows(filters: dict[str, str]) -> list[dict]:
    query = (
        f"SELECT {', '.join(REPORT_COLUMNS)} FROM hire_skates "
        f"WHERE {_where_clause(filters)} ORDER BY size, pair_id"
    )
    with closing(get_db().execute(query)) as cur:
        return [dict(row) for row in cur.fetchall()]


@app.get("/reports/skate-hire")
def skate_hire_report():
    filters = {k: request.args.get(k, "") for k in ("size", "type", "min_hires")}
    rows = inventory_rows(filters)
    needs_service = [r for r in rows if r["hires_since_service"] >= 150]
    return jsonify(total=len(rows), needs_service=len(needs_service), pairs=rows)
