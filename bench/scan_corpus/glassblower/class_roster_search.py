"""Roster search used by instructors to find students booked onto a class."""

import sqlite3
from contextlib import closing

from flask import Blueprint, g, jsonify, request
from flask_login import login_required

from hotshop.config import settings

bp = Blueprint("roster", __name__, url_prefix="/roster")

ROSTER_COLUMNS = "s.id, s.full_name, s.email, b.session_id, b.seat, b.paid"


def get_db() -> sqlite3.Connection:
    if "roster_db" not in g:
        g.roster_db = sqlite3.connect(settings.ROSTER_DB_PATH)
        g.roster_db.row_factory = sqlite3.Row
    return g.roster_db


def _name_filter(term: str) -> str:
    pattern = f"%{term.strip()}%"
    return f"s.full_name LIKE '{pattern}'"


def find_students(session_id: int, term: str) -> list[dict]:
    where = ["b.session_id = ?"]
    if term:
        where.append(_name_filter(term))
    sql = (
        f"SELECT {ROSTER_COLUMNS} FROM bookings b JOIN students s ON s.id = b.student_id "
        f"WHERE {' AND '.join(where)} ORDER BY s.full_name"
    )
    with closing(get_db().cursor()) as cur:
        cur.execute(sql, (session_id,))
        return [dict(row) for row in cur.fetchall()]


@bp.get("/<int:session_id>")
@login_required
def roster(session_id: int):
    students = find_students(session_id, request.args.get("q", ""))
    return jsonify(
        session_id=session_id,
        count=len(students),
        students=students,
    )
