"""Search screen the bookings office uses to find school and venue performances."""

from __future__ import annotations

import sqlite3
from datetime import date

from flask import Flask, g, jsonify, request

app = Flask(__name__)
app.config.from_prefixed_env()

BOOKING_COLUMNS = "b.id, b.performance_date, b.show_title, s.name AS school, b.status"


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(app.config.get("BOOKINGS_DB", "bookings.sqlite3"))
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc) -> None:
    db = g.pop("db", None)
    if db is not None:
        db.close()


def _parse_date(value: str | None, fallback: date) -> str:
    if not value:
        return fallback.isoformat()
    return date.fromisoformat(value).isoformat()


@app.get("/bookings/search")
def search_bookings():
    term = request.args.get("school", "").strip()
    start = _parse_date(request.args.get("from"), date.today())
    end = _parse_date(request.args.get("to"), date(date.today().year + 1, 12, 31))
    sql = (
        f"SELECT {BOOKING_COLUMNS} FROM bookings b JOIN schools s ON s.id = b.school_id "
        f"WHERE s.name LIKE '%{term}%' AND b.performance_date BETWEEN ? AND ? "
        "ORDER BY b.performance_date"
    )
    rows = get_db().execute(sql, (start, end)).fetchall()
    return jsonify([dict(row) for row in rows])


@app.get("/bookings/<int:booking_id>")
def booking_detail(booking_id: int):
    row = get_db().execute(
        f"SELECT {BOOKING_COLUMNS} FROM bookings b JOIN schools s ON s.id = b.school_id "
        "WHERE b.id = ?",
        (booking_id,),
    ).fetchone()
    if row is None:
        return jsonify({"error": "not found"}), 404
    return jsonify(dict(row))
