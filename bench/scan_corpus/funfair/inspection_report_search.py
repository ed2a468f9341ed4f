"""Search screen for past ride safety inspection reports (annual and daily checks)."""

from __future__ import annotations

import os
import sqlite3

from flask import Flask, g, jsonify, request

app = Flask(__name__)
app.config["INSPECTIONS_DB"] = os.environ.get(
    "INSPECTIONS_DB", "/var/lib/funfair/inspections.sqlite3"
)

PAGE_SIZE = 50


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(app.config["INSPECTIONS_DB"])
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


def _row_to_dict(row: sqlite3.Row) -> dict:
    return {
        "report_id": row["report_id"],
        "ride_name": row["ride_name"],
        "inspector": row["inspector"],
        "inspected_on": row["inspected_on"],
        "outcome": row["outcome"],
    }


@app.get("/inspections/search")
def search_reports():
    ride = request.args.get("ride", "").strip()
    page = max(int(request.args.get("page", "1")), 1)
    offset = (page - 1) * PAGE_SIZE
    query = (
        "SELECT report_id, ride_name, inspector, inspected_on, outcome "
        f"FROM inspection_reports WHERE ride_name LIKE '%{ride}%' "
        "ORDER BY inspected_on DESC LIMIT ? OFFSET ?"
    )
    rows = get_db().execute(query, (PAGE_SIZE, offset)).fetchall()
    return jsonify({"page": page, "results": [_row_to_dict(r) for r in rows]})


@app.get("/inspections/<int:report_id>")
def get_report(report_id: int):
    row = get_db().execute(
        "SELECT report_id, ride_name, inspector, inspected_on, outcome "
        "FROM inspection_reports WHERE report_id = ?",
        (report_id,),
    ).fetchone()
    if row is None:
        return jsonify({"error": "not found"}), 404
    return jsonify(_row_to_dict(row))
