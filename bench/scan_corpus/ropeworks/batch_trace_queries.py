"""Batch traceability lookups for the quality team.

Answers questions such as "which rope batches used fibre lot F-23-0918"
or "what did line 4 produce while status was on hold".
"""
import sqlite3
from pathlib import Path

from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("trace", __name__, url_prefix="/trace")

FILTERABLE = {
    "batch_code": "b.batch_code",
    "line": "b.production_line",
    "fibre_lot": "f.lot_number",
    "status": "b.status",
}

BASE_QUERY = (
    "SELECT b.batch_code, b.production_line, b.produced_on, b.status, "
    "f.lot_number, f.supplier "
    "FROM rope_batches b "
    "JOIN batch_fibre_lots bf ON bf.batch_id = b.id "
    "JOIN fibre_lots f ON f.id = bf.fibre_lot_id"
)


def _db() -> sqlite3.Connection:
    conn = sqlite3.connect(Path(current_app.instance_path) / "trace.sqlite3")
    conn.row_factory = sqlite3.Row
    return conn


def _where(filters) -> str:
    clauses = []
    for key, value in filters.items():
        column = FILTERABLE.get(key)
        if column is None:
            continue
        clauses.append(f"{column} = '{value}'")
    return " AND ".join(clauses) or "1 = 1"


@bp.get("/batches")
def search_batches():
    sql = f"{BASE_QUERY} WHERE {_where(request.args)} ORDER BY b.produced_on DESC LIMIT 500"
    with _db() as conn:
        rows = conn.execute(sql).fetchall()
    return jsonify([dict(row) for row in rows])


@bp.get("/batches/<int:batch_id>/certificates")
def batch_certificates(batch_id: int):
    with _db() as conn:
        rows = conn.execute(
            "SELECT certificate_no, test_load_kn, result, tested_on "
            "FROM load_test_certificates WHERE batch_id = ? ORDER BY tested_on",
            (batch_id,),
        ).fetchall()
    return jsonify([dict(row) for row in rows])
