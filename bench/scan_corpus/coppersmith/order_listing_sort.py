"""Sortable order list for the workshop planning board."""
import sqlite3

from flask import Blueprint, jsonify, request

from coppersmith.settings import ORDERS_DB_PATH

bp = Blueprint("planning", __name__, url_prefix="/planning")

SORTABLE = {
    "due": "due_date",
    "customer": "customer_name",
    "stage": "stage",
    "weight": "sheet_weight_kg",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def _order_clause(sort_key: str, direction: str) -> str:
    column = SORTABLE.get(sort_key, "due_date")
    return f"ORDER BY {column} {DIRECTIONS.get(direction, 'ASC')}, id"


@bp.get("/orders")
def planning_orders():
    clause = _order_clause(request.args.get("sort", "due"), request.args.get("dir", "asc"))
    stage = request.args.get("stage")
    sql = f"SELECT id, customer_name, piece_type, stage, due_date FROM commission_orders WHERE archived = 0 AND (? IS NULL OR stage = ?) {clause}"
    with sqlite3.connect(ORDERS_DB_PATH) as conn:
        conn.row_factory = sqlite3.Row
        rows = conn.execute(sql, (stage, stage)).fetchall()
    return jsonify([dict(r) for r in rows])
