"""Waiting list lookup for the lettings officer.

The lettings officer searches applicants by surname when someone phones to
ask about their position, or when a plot is offered and declined.
"""
import os
import sqlite3

from flask import Blueprint, current_app, g, jsonify, request
from flask_login import login_required

bp = Blueprint("waiting_list", __name__, url_prefix="/lettings/waiting-list")

PAGE_SIZE = 25


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config.get("DATABASE", os.environ.get("ALLOTMENTS_DB", "")))
        g.db.row_factory = sqlite3.Row
    return g.db


def serialise(row: sqlite3.Row) -> dict:
    return {
        "applicant_id": row["applicant_id"],
        "name": f"{row['first_name']} {row['surname']}",
        "site": row["site_code"],
        "joined_on": row["joined_on"],
        "status": row["status"],
    }


@bp.get("/search")
@login_required
def search():
    surname = request.args.get("surname", "").strip()
    page = max(int(request.args.get("page", 1)), 1)
    if len(surname) < 2:
        return jsonify({"error": "enter at least two letters of the surname"}), 400

    db = get_db()
    offset = (page - 1) * PAGE_SIZE
    rows = db.execute(f"SELECT applicant_id, first_name, surname, site_code, joined_on, status FROM waiting_list WHERE surname LIKE '{surname}%' ORDER BY surname, joined_on LIMIT ? OFFSET ?", (PAGE_SIZE, offset)).fetchall()
    return jsonify({"page": page, "results": [serialise(r) for r in rows]})


@bp.get("/<int:applicant_id>/position")
@login_required
def position(applicant_id: int):
    db = get_db()
    row = db.execute(
        "SELECT site_code, joined_on FROM waiting_list WHERE applicant_id = ? AND status = 'waiting'",
        (applicant_id,),
    ).fetchone()
    if row is None:
        return jsonify({"error": "not on the waiting list"}), 404
    ahead = db.execute(
        "SELECT COUNT(*) FROM waiting_list WHERE site_code = ? AND status = 'waiting' AND joined_on < ?",
        (row["site_code"], row["joined_on"]),
    ).fetchone()[0]
    return jsonify({"site": row["site_code"], "position": ahead + 1})
