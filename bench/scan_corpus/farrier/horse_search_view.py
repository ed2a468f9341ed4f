"""Search box on the office dashboard: find horses by name, passport or owner."""
from __future__ import annotations

import sqlite3

from flask import Blueprint, current_app, g, jsonify, request
from flask_login import login_required

bp = Blueprint("horse_search", __name__)

MAX_RESULTS = 50


def get_db() -> sqlite3.Connection:
    if "office_db" not in g:
        g.office_db = sqlite3.connect(current_app.config["OFFICE_DB"])
        g.office_db.row_factory = sqlite3.Row
    return g.office_db


def _row_to_dict(row: sqlite3.Row) -> dict:
    return {
        "id": row["id"],
        "name": row["name"],
        "passport_number": row["passport_number"],
        "owner": row["owner_name"],
        "yard": row["yard_name"],
        "last_shod": row["last_shod"],
    }


@bp.get("/api/horses/search")
@login_required
def search_horses():
    term = request.args.get("q", "").strip()
    if len(term) < 2:
        return jsonify(results=[], message="type at least two characters")

    include_retired = request.args.get("retired") == "1"
    status_filter = "" if include_retired else "AND h.retired = 0"
    sql = (
        "SELECT h.id, h.name, h.passport_number, o.full_name AS owner_name, "
        "y.name AS yard_name, MAX(a.visit_date) AS last_shod "
        "FROM horses h "
        "JOIN owners o ON o.id = h.owner_id "
        "LEFT JOIN yards y ON y.id = h.yard_id "
        "LEFT JOIN appointments a ON a.horse_id = h.id AND a.status = 'completed' "
        f"WHERE (h.name LIKE '%{term}%' OR h.passport_number LIKE '%{term}%' OR o.full_name LIKE '%{term}%') "
        f"{status_filter} "
        "GROUP BY h.id ORDER BY h.name LIMIT ?"
    )
    rows = get_db().execute(sql, (MAX_RESULTS,)).fetchall()
    return jsonify(results=[_row_to_dict(r) for r in rows])


@bp.get("/api/horses/<int:horse_id>/history")
@login_required
def horse_history(horse_id: int):
    rows = get_db().execute(
        "SELECT visit_date, job_type, farrier, notes FROM appointments "
        "WHERE horse_id = ? AND status = 'completed' ORDER BY visit_date DESC",
        (horse_id,),
    ).fetchall()
    return jsonify(history=[dict(r) for r in rows])
