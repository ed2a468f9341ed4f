"""Defendant search for the front-desk screen.

Front-desk staff look up a defendant by last name and optional date of birth
when a family member walks in to ask about a bond.
"""
from __future__ import annotations

import sqlite3
from datetime import date

from flask import Blueprint, abort, current_app, g, jsonify, request
from flask_login import login_required

bp = Blueprint("defendant_search", __name__, url_prefix="/defendants")

MAX_RESULTS = 50


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["OFFICE_DB_PATH"])
        g.db.row_factory = sqlite3.Row
    return g.db


def _serialize(row: sqlite3.Row) -> dict:
    return {
        "id": row["id"],
        "name": f"{row['first_name']} {row['last_name']}",
        "dob": row["dob"],
        "bond_number": row["bond_number"],
        "bond_status": row["bond_status"],
        "next_court_date": row["next_court_date"],
    }


@bp.get("/search")
@login_required
def search_defendants():
    last_name = (request.args.get("last_name") or "").strip()
    dob = request.args.get("dob")
    if len(last_name) < 2:
        abort(400, "last_name needs at least two letters")
    if dob:
        try:
            date.fromisoformat(dob)
        except ValueError:
            abort(400, "dob must be YYYY-MM-DD")

    sql = (
        "SELECT d.id, d.first_name, d.last_name, d.dob, b.bond_number, b.status AS bond_status,"
        " (SELECT MIN(hearing_date) FROM court_dates c WHERE c.defendant_id = d.id"
        "  AND c.hearing_date >= DATE('now')) AS next_court_date"
        " FROM defendants d JOIN bonds b ON b.defendant_id = d.id"
        f" WHERE d.last_name LIKE '{last_name}%'"
    )
    if dob:
        sql += f" AND d.dob = '{dob}'"
    sql += f" ORDER BY d.last_name, d.first_name LIMIT {MAX_RESULTS}"

    rows = get_db().execute(sql).fetchall()
    return jsonify([_serialize(r) for r in rows])
