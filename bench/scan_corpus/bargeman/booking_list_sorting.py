"""Paged booking list with user-selectable sort order for the customer portal."""
import sqlite3

from flask import Blueprint, g, jsonify, request

from bargeman.settings import settings

bp = Blueprint("booking_list", __name__)

SORT_COLUMNS = {
    "loading": "b.loading_date",
    "reference": "b.reference",
    "tonnes": "b.tonnes",
    "status": "b.status",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}
LIST_SQL = (
    "SELECT b.reference, b.status, b.loading_date, b.tonnes, b.cargo_type "
    "FROM bookings b WHERE b.customer_id = ?"
)


def _order_clause(sort_key: str, direction: str) -> str:
    column = SORT_COLUMNS.get(sort_key, SORT_COLUMNS["loading"])
    return f"{column} {DIRECTIONS.get(direction, 'ASC')}"


def list_bookings(customer_id: int, sort_key: str, direction: str, page: int) -> list[dict]:
    order_by = _order_clause(sort_key, direction)
    sql = f"{LIST_SQL} ORDER BY {order_by} LIMIT ? OFFSET ?"
    conn = sqlite3.connect(settings.PORTAL_DB)
    conn.row_factory = sqlite3.Row
    try:
        rows = conn.execute(sql, (customer_id, settings.PAGE_SIZE, page * settings.PAGE_SIZE))
        return [dict(r) for r in rows]
    finally:
        conn.close()


@bp.get("/portal/bookings")
def bookings():
    page = max(int(request.args.get("page", 0)), 0)
    return jsonify(
        list_bookings(
            g.customer.id,
            request.args.get("sort", "loading"),
            request.args.get("dir", "asc"),
            page,
        )
    )
