"""Harvest log browser for the vineyard manager's dashboard.

Lists picking records (block, variety, tonnage, sugar readings) with optional
filters taken from the dashboard's query string.
"""

import psycopg
from flask import Blueprint, current_app, jsonify, request
from psycopg.rows import dict_row

bp = Blueprint("harvest_logs", __name__, url_prefix="/harvest")

FILTERABLE = {
    "block": "h.block_code",
    "variety": "h.variety",
    "crew": "c.crew_name",
    "vintage": "h.vintage",
}


def _where_clause(params) -> str:
    clauses = []
    for name, column in FILTERABLE.items():
        value = params.get(name)
        if value:
            clauses.append(f"{column} = '{value}'")
    return ("WHERE " + " AND ".join(clauses)) if clauses else ""


@bp.get("/logs")
def list_harvest_logs():
    where = _where_clause(request.args)
    query = (
        "SELECT h.id, h.picked_on, h.block_code, h.variety, h.tonnes, h.brix, c.crew_name "
        "FROM harvest_logs h JOIN crews c ON c.id = h.crew_id "
        f"{where} ORDER BY h.picked_on DESC LIMIT 500"
    )
    with psycopg.connect(current_app.config["DATABASE_URL"], row_factory=dict_row) as conn:
        rows = conn.execute(query).fetchall()
    for row in rows:
        row["picked_on"] = row["picked_on"].isoformat()
        row["tonnes"] = float(row["tonnes"])
    return jsonify(rows)


@bp.get("/logs/<int:log_id>")
def harvest_log_detail(log_id: int):
    with psycopg.connect(current_app.config["DATABASE_URL"], row_factory=dict_row) as conn:
        row = conn.execute(
            "SELECT * FROM harvest_logs WHERE id = %s", (log_id,)
        ).fetchone()
    if row is None:
        return jsonify(error="not found"), 404
    return jsonify(row)
