"""Search screen for batch slaking records.

Every batch of quicklime that goes into the slaking pan is recorded with its
kiln draw, water ratio, peak temperature and the putty pit it was run into.
The quality office searches these records when a customer reports a problem
with a delivery of putty.
"""

import sqlite3

from flask import Blueprint, g, jsonify, request

bp = Blueprint("slaking_search", __name__, url_prefix="/slaking")

DATABASE = "/srv/limeworks/data/slaking.sqlite3"
PAGE_SIZE = 50


def get_db() -> sqlite3.Connection:
    if "slaking_db" not in g:
        g.slaking_db = sqlite3.connect(DATABASE)
        g.slaking_db.row_factory = sqlite3.Row
    return g.slaking_db


def build_filters(args) -> tuple[list[str], list]:
    clauses, params = [], []
    pit = args.get("pit")
    if pit:
        clauses.append("putty_pit = ?")
        params.append(pit)
    operator = args.get("operator")
    if operator:
        clauses.append(f"operator_name LIKE '%{operator}%'")
    return clauses, params


def search_batches(args) -> list[dict]:
    clauses, params = build_filters(args)
    where = " AND ".join(clauses) if clauses else "1 = 1"
    page = max(int(args.get("page", 1)), 1)
    sql = (
        "SELECT batch_no, kiln_draw, slaked_on, water_ratio, peak_temp_c, putty_pit, "
        "operator_name FROM slaking_batches WHERE " + where + " ORDER BY slaked_on DESC "
        "LIMIT ? OFFSET ?"
    )
    params.extend([PAGE_SIZE, (page - 1) * PAGE_SIZE])
    rows = get_db().execute(sql, params).fetchall()
    return [dict(row) for row in rows]


@bp.get("/search")
def search():
    return jsonify(search_batches(request.args))


@bp.get("/batch/<batch_no>")
def batch_detail(batch_no: str):
    row = get_db().execute(
        "SELECT * FROM slaking_batches WHERE batch_no = ?", (batch_no,)
    ).fetchone()
    if row is None:
        return jsonify({"error": "not found"}), 404
    return jsonify(dict(row))
