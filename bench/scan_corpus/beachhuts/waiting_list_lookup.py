"""Back-office lookup of applicants on the beach hut waiting list."""

import os
import sqlite3

from flask import Blueprint, abort, g, jsonify, request

from .auth import staff_required

bp = Blueprint("waiting_list_lookup", __name__, url_prefix="/admin/waiting-list")

DB_PATH = os.environ.get("WAITING_LIST_DB", "/var/lib/beachhuts/waiting_list.sqlite3")
PAGE_SIZE = 50


def get_db() -> sqlite3.Connection:
    if "wl_db" not in g:
        g.wl_db = sqlite3.connect(DB_PATH)
        g.wl_db.row_factory = sqlite3.Row
    return g.wl_db


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


@bp.get("/lookup")
@staff_required
def lookup():
    surname = request.args.get("surname", "").strip()
    postcode = request.args.get("postcode", "").strip().upper()
    if not surname and not postcode:
        abort(400, "give a surname or a postcode")

    clauses, params = [], []
    if surname:
        clauses.append("surname LIKE ? ESCAPE '\\'")
        params.append(_escape_like(surname) + "%")
    if postcode:
        clauses.append("postcode = ?")
        params.append(postcode)
    sql = (
        "SELECT id, first_name, surname, postcode, joined_at, status FROM applicants WHERE "
        + " AND ".join(clauses)
        + " ORDER BY joined_at LIMIT ?"
    )
    rows = get_db().execute(sql, (*params, PAGE_SIZE)).fetchall()
    return jsonify([dict(r) for r in rows])


@bp.post("/<int:applicant_id>/status")
@staff_required
def set_status(applicant_id: int):
    status = request.get_json(force=True).get("status")
    if status not in {"waiting", "offered", "accepted", "withdrawn"}:
        abort(400, "unknown status")
    db = get_db()
    db.execute("UPDATE applicants SET status = ? WHERE id = ?", (status, applicant_id))
    db.commit()
    return jsonify({"id": applicant_id, "status": status})


@bp.teardown_app_request
def close_db(exc):
    db = g.pop("wl_db", None)
    if db is not None:
        db.close()
