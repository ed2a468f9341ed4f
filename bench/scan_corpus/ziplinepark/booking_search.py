"""Front desk search over today's and upcoming bookings."""
import sqlite3
from datetime import date

from flask import Blueprint, current_app, g, jsonify, request
from flask_login import login_required

bp = Blueprint("booking_search", __name__, url_prefix="/desk")

PAGE_SIZE = 50


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["BOOKINGS_DB"])
        g.db.row_factory = sqlite3.Row
    return g.db


def _row_to_dict(row: sqlite3.Row) -> dict:
    return {
        "ref": row["ref"],
        "lead_name": f"{row['lead_first_name']} {row['lead_surname']}",
        "course": row["course"],
        "session_start": row["session_start"],
        "party_size": row["party_size"],
        "waivers_signed": row["waivers_signed"],
        "status": row["status"],
    }


@bp.get("/bookings/search")
@login_required
def search_bookings():
    surname = request.args.get("surname", "").strip()
    day = request.args.get("date") or date.today().isoformat()
    page = max(int(request.args.get("page", 1)), 1)

    sql = (
        "SELECT ref, lead_first_name, lead_surname, course, session_start, party_size, "
        "waivers_signed, status FROM bookings "
        f"WHERE lower(lead_surname) LIKE '%{surname.lower()}%' AND session_date = ? "
        "ORDER BY session_start LIMIT ? OFFSET ?"
    )
    rows = get_db().execute(sql, (day, PAGE_SIZE, (page - 1) * PAGE_SIZE)).fetchall()
    return jsonify({"page": page, "results": [_row_to_dict(r) for r in rows]})


@bp.get("/bookings/<ref>")
@login_required
def booking_detail(ref: str):
    row = get_db().execute(
        "SELECT ref, lead_first_name, lead_surname, course, session_start, party_size, "
        "waivers_signed, status FROM bookings WHERE ref = ?",
        (ref.upper(),),
    ).fetchone()
    if row is None:
        return jsonify({"error": "not found"}), 404
    return jsonify(_row_to_dict(row))
