"""Attendance listing for the daycare manager's dashboard."""
import sqlite3
from datetime import date

from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("attendance", __name__, url_prefix="/api/daycare/attendance")

SORTABLE = {
    "dog": "p.name",
    "owner": "o.surname",
    "arrived": "a.arrived_at",
    "collected": "a.collected_at",
}
DEFAULT_SORT = "arrived"


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(current_app.config["KENNEL_DB_PATH"])
    conn.row_factory = sqlite3.Row
    return conn


def _order_by(sort_key: str, descending: bool) -> str:
    column = SORTABLE.get(sort_key, SORTABLE[DEFAULT_SORT])
    direction = "DESC" if descending else "ASC"
    return f"ORDER BY {column} {direction}"


def attendance_for(day: date, group: str | None, sort_key: str, descending: bool) -> list[dict]:
    params: list = [day.isoformat()]
    sql = (
        "SELECT p.name AS dog, o.surname AS owner, a.arrived_at, a.collected_at, a.play_group "
        "FROM attendance a JOIN pets p ON p.id = a.pet_id JOIN owners o ON o.id = p.owner_id "
        "WHERE a.day = ?"
    )
    if group:
        sql += " AND a.play_group = ?"
        params.append(group)
    sql += " " + _order_by(sort_key, descending)
    with _connect() as conn:
        return [dict(row) for row in conn.execute(sql, params).fetchall()]


@bp.get("")
def attendance():
    try:
        day = date.fromisoformat(request.args.get("day", date.today().isoformat()))
    except ValueError:
        return jsonify(error="day must be YYYY-MM-DD"), 400
    rows = attendance_for(
        day,
        request.args.get("group"),
        request.args.get("sort", DEFAULT_SORT),
        request.args.get("desc") == "1",
    )
    return jsonify(day=day.isoformat(), count=len(rows), dogs=rows)
