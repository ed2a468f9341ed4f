"""Sortable listing of lots for the production supervisor view.

Supervisors sort the lot list by any of a handful of columns; the sort key
comes from the table header the user clicks.
"""
import psycopg
from flask import Blueprint, current_app, jsonify, request
from psycopg.rows import dict_row

bp = Blueprint("lot_listing", __name__, url_prefix="/production/lots")

SORTABLE = {
    "lot": "l.lot_number",
    "gauge": "p.gauge",
    "line": "l.line_code",
    "made": "l.manufactured_on",
    "status": "l.release_status",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def _order_clause(sort: str, direction: str) -> str:
    column = SORTABLE.get(sort, SORTABLE["made"])
    order = DIRECTIONS.get(direction.lower(), "DESC")
    return f"ORDER BY {column} {order}, l.lot_number"


@bp.get("")
def list_lots():
    line = request.args.get("line")
    order_by = _order_clause(request.args.get("sort", "made"), request.args.get("dir", "desc"))
    sql = (
        "SELECT l.lot_number, p.gauge, p.length_mm, l.line_code, l.manufactured_on, "
        "l.release_status FROM lots l JOIN products p ON p.id = l.product_id "
        "WHERE (%(line)s::text IS NULL OR l.line_code = %(line)s) "
        f"{order_by} LIMIT 200"
    )
    with psycopg.connect(current_app.config["QMS_DSN"], row_factory=dict_row) as conn:
        with conn.cursor() as cur:
            cur.execute(sql, {"line": line})
            rows = cur.fetchall()
    return jsonify(rows)
