"""Tutor-facing report: who is booked on each class, sortable by column."""
from __future__ import annotations

import sqlite3
from datetime import date

from flask import Flask, g, jsonify, request

app = Flask(__name__)
DATABASE = "bookings.sqlite3"

SORT_COLUMNS = {
    "name": "b.student_name",
    "booked": "b.booked_on",
    "experience": "s.experience_level",
    "paid": "b.paid_pence",
}
SORT_DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(DATABASE)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc) -> None:
    db = g.pop("db", None)
    if db is not None:
        db.close()


def roster_query(sort: str, direction: str) -> str:
    column = SORT_COLUMNS.get(sort, SORT_COLUMNS["name"])
    order = SORT_DIRECTIONS.get(direction.lower(), "ASC")
    return (
        "SELECT b.student_name, s.experience_level, b.booked_on, b.paid_pence "
        "FROM bookings b JOIN students s ON s.id = b.student_id "
        "WHERE b.class_id = ? AND b.cancelled = 0 "
        f"ORDER BY {column} {order}"
    )


@app.get("/tutor/classes/<int:class_id>/roster")
def roster(class_id: int):
    sql = roster_query(request.args.get("sort", "name"), request.args.get("dir", "asc"))
    rows = get_db().execute(sql, (class_id,)).fetchall()
    return jsonify(class_id=class_id, students=[dict(r) for r in rows])


@app.get("/tutor/classes")
def upcoming_classes():
    since = request.args.get("from", date.today().isoformat())
    rows = get_db().execute(
        "SELECT id, title, starts_at, capacity FROM classes WHERE starts_at >= ? ORDER BY starts_at",
        (since,),
    ).fetchall()
    return jsonify(classes=[dict(r) for r in rows])
