"""Sortable listing of the formula catalogue for the studio dashboard."""
import psycopg
from psycopg.rows import dict_row
from flask import Blueprint, jsonify, request

from perfumer.config import settings

bp = Blueprint("catalogue", __name__, url_prefix="/catalogue")

SORTABLE = {
    "name": "f.name",
    "updated": "f.updated_at",
    "family": "f.family",
    "cost": "f.cost_per_kg",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def _order_by(sort_key: str, direction: str) -> str:
    column = SORTABLE.get(sort_key, SORTABLE["name"])
    return f"{column} {DIRECTIONS.get(direction.lower(), 'ASC')}, f.id"


@bp.get("/formulas")
def list_formulas():
    order_by = _order_by(request.args.get("sort", "name"), request.args.get("dir", "asc"))
    status = request.args.get("status", "approved")
    limit = min(int(request.args.get("limit", 50)), 200)
    select = "SELECT f.id, f.code, f.name, f.family, f.cost_per_kg, f.updated_at FROM formulas f"
    sql = f"{select} WHERE f.status = %(status)s ORDER BY {order_by} LIMIT %(limit)s"
    with psycopg.connect(settings.DATABASE_DSN, row_factory=dict_row) as conn:
        rows = conn.execute(sql, {"status": status, "limit": limit}).fetchall()
    return jsonify(rows)
