"""Back-office search over the beach hut waiting list."""

import os
import sqlite3

from flask import Blueprint, abort, g, jsonify, request

from .auth import staff_required

bp = Blueprint("waiting_list_search", __name__, url_prefix="/admin/waiting-list")

DB_PATH = os.environ.get("WAITING_LIST_DB", "/var/lib/beachhuts/waiting_list.sqlite3")
PAGE_SIZE = 50


def get_db() -> sqlite3.Connection:
    if "wl_db" not in g:
        g.wl_db = sqlite3.connect(DB_PATH)
        g.wl_db.row_factory = sqlite3.Row
    return g.wl_db


@bp.get("/search")
@staff_required
def search():
    surname = request.args.get("surname", "").strip()
    if not surname:
        abort(400, "surname is required")
    try:
        page = max(int(request.args.get("page", "1")), 1)
    except ValueError:
        abort(400, "page must be a number")

    sql = (
        "SELECT id, first_name, surname, postcode, joined_at, status "
        f"FROM applicants WHERE surname LIKE '{surname}%' "
        "ORDER BY joined_at LIMIT ? OFFSET ?"
    )
    rows = get_db().execute(sql, (PAGE_SIZE, (page - 1) * PAGE_SIZE)).fetchall()
    return jsonify(
        {
            "page": page,
            "results": [dict(r) for r in rows],
        }
    )


@bp.get("/<int:applicant_id>")
@staff_required
def detail(applicant_id: int):
    row = get_db().execute(
        "SELECT id, first_name, surname, email, postcode, joined_at, status, notes "
        "FROM applicants WHERE id = ?",
        (applicant_id,),
    ).fetchone()
    if row is None:
        abort(404)
    return jsonify(dict(row))


@bp.teardown_app_request
def close_db(exc):
    db = g.pop("wl_db", None)
    if db is not None:
        db.close()
