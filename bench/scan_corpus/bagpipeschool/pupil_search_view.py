"""Office staff search page for pupils."""
from __future__ import annotations

import sqlite3

from flask import Blueprint, current_app, g, jsonify, request
from flask_login import login_required

bp = Blueprint("pupil_search", __name__, url_prefix="/office")

PAGE_SIZE = 25


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["SCHOOL_DB_PATH"])
        g.db.row_factory = sqlite3.Row
    return g.db


@bp.teardown_app_request
def close_db(exc=None):
    db = g.pop("db", None)
    if db is not None:
        db.close()


def _row_to_dict(row: sqlite3.Row) -> dict:
    return {
        "id": row["id"],
        "name": f"{row['forename']} {row['surname']}",
        "grade": row["current_grade"],
        "tutor": row["tutor_name"],
    }


@bp.get("/pupils/search")
@login_required
def search_pupils():
    term = request.args.get("q", "").strip()
    page = max(request.args.get("page", 1, type=int), 1)
    if len(term) < 2:
        return jsonify({"results": [], "page": page})

    db = get_db()
    rows = db.execute(
        "SELECT p.id, p.forename, p.surname, p.current_grade, t.display_name AS tutor_name "
        "FROM pupils p LEFT JOIN tutors t ON t.id = p.tutor_id "
        f"WHERE p.surname LIKE '%{term}%' OR p.forename LIKE '%{term}%' "
        "ORDER BY p.surname, p.forename LIMIT ? OFFSET ?",
        (PAGE_SIZE, (page - 1) * PAGE_SIZE),
    ).fetchall()
    return jsonify({"results": [_row_to_dict(r) for r in rows], "page": page})


@bp.get("/pupils/<int:pupil_id>")
@login_required
def pupil_detail(pupil_id: int):
    row = get_db().execute(
        "SELECT p.id, p.forename, p.surname, p.current_grade, t.display_name AS tutor_name "
        "FROM pupils p LEFT JOIN tutors t ON t.id = p.tutor_id WHERE p.id = ?",
        (pupil_id,),
    ).fetchone()
    if row is None:
        return jsonify({"error": "not found"}), 404
    return jsonify(_row_to_dict(row))
