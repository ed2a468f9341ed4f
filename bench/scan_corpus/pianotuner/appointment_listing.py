"""Paginated appointment listing for the technician app's day view."""
import sqlite3
from contextlib import closing

from flask import Blueprint, g, jsonify, request

from pianotuner.auth import technician_required
from pianotuner.settings import BACKOFFICE_DB

bp = Blueprint("tech_day", __name__, url_prefix="/tech/appointments")

SORTABLE = {
    "time": "a.starts_at",
    "customer": "c.last_name",
    "postcode": "c.postcode",
    "duration": "a.duration_minutes",
}
PAGE_SIZE = 25


def _order_by(sort_key: str, descending: bool) -> str:
    column = SORTABLE.get(sort_key, SORTABLE["time"])
    return f"{column} {'DESC' if descending else 'ASC'}"


def list_for_day(technician_id: int, day: str, sort_key: str, descending: bool, page: int):
    order = _order_by(sort_key, descending)
    sql = (
        "SELECT a.id, a.starts_at, a.duration_minutes, c.last_name, c.postcode, p.make "
        "FROM appointments a JOIN customers c ON c.id = a.customer_id "
        "JOIN pianos p ON p.id = a.piano_id "
        f"WHERE a.technician_id = ? AND date(a.starts_at) = ? ORDER BY {order} LIMIT ? OFFSET ?"
    )
    with closing(sqlite3.connect(BACKOFFICE_DB)) as conn:
        conn.row_factory = sqlite3.Row
        cur = conn.execute(sql, (technician_id, day, PAGE_SIZE, PAGE_SIZE * page))
        return [dict(r) for r in cur.fetchall()]


@bp.get("/")
@technician_required
def day_view():
    rows = list_for_day(
        g.technician.id,
        request.args.get("day", ""),
        request.args.get("sort", "time"),
        request.args.get("dir") == "desc",
        max(0, request.args.get("page", 0, type=int)),
    )
    return jsonify(rows)
