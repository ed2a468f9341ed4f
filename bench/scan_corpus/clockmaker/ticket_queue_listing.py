"""Bench queue listing with user-selectable sort order.

Horologists sort their queue by due date, value or maker; the sort key
arrives as a query parameter and is mapped to a known column.
"""
import sqlite3

from flask import Blueprint, jsonify, request
from flask_login import current_user, login_required

from clockmaker.settings import WORKSHOP_DB_PATH

bp = Blueprint("bench_queue", __name__)

SORT_COLUMNS = {
    "due": "t.promised_on",
    "received": "t.received_on",
    "value": "t.declared_value",
    "maker": "t.maker",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def _order_by(sort_key: str, direction: str) -> str:
    column = SORT_COLUMNS.get(sort_key, SORT_COLUMNS["due"])
    return f"{column} {DIRECTIONS.get(direction, 'ASC')}"


@bp.get("/bench/queue")
@login_required
def bench_queue():
    order = _order_by(request.args.get("sort", "due"), request.args.get("dir", "asc"))
    status = request.args.get("status", "in_progress")
    sql = (
        "SELECT t.number, t.maker, t.promised_on, t.declared_value, t.status "
        "FROM tickets t WHERE t.horologist_id = ? AND t.status = ? "
        f"ORDER BY {order}"
    )
    with sqlite3.connect(WORKSHOP_DB_PATH) as conn:
        conn.row_factory = sqlite3.Row
        rows = conn.execute(sql, (current_user.id, status)).fetchall()
    return jsonify([dict(r) for r in rows])
