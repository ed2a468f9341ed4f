"""Paged listing of repair orders for the skipper portal.

Skippers see the orders for their own vessels and can sort the table by a
few columns in the UI.
"""
import sqlite3
from contextlib import closing

from flask import Blueprint, g, jsonify, request

from netmaker.auth import skipper_required
from netmaker.settings import WORKSHOP_DB_PATH

bp = Blueprint("portal_orders", __name__, url_prefix="/portal/orders")

SORTABLE = {
    "received": "o.received_on",
    "due": "o.due_on",
    "status": "o.status",
    "vessel": "v.name",
}
PAGE_SIZE = 25


def list_orders(skipper_id: int, sort_key: str, descending: bool, page: int) -> list:
    column = SORTABLE.get(sort_key, "o.due_on")
    direction = "DESC" if descending else "ASC"
    sql = (
        "SELECT o.id, v.name AS vessel, o.gear_type, o.status, o.received_on, o.due_on "
        "FROM repair_orders o JOIN vessels v ON v.id = o.vessel_id "
        f"WHERE v.skipper_id = ? ORDER BY {column} {direction} LIMIT ? OFFSET ?"
    )
    with closing(sqlite3.connect(WORKSHOP_DB_PATH)) as conn:
        conn.row_factory = sqlite3.Row
        rows = conn.execute(sql, (skipper_id, PAGE_SIZE, max(page - 1, 0) * PAGE_SIZE)).fetchall()
    return [dict(row) for row in rows]


@bp.get("/")
@skipper_required
def orders():
    return jsonify(
        orders=list_orders(
            g.skipper.id,
            request.args.get("sort", "due"),
            request.args.get("desc") == "1",
            request.args.get("page", 1, type=int),
        )
    )
