"""Search over cargo manifest lines for the freight desk.

The freight desk filters a voyage's manifest by a free-text term and
sorts by any of a handful of columns shown in the grid.
"""
import psycopg2
import psycopg2.extras
from flask import Blueprint, jsonify, request

from wherryman.settings import settings

bp = Blueprint("manifest_search", __name__)

SORT_COLUMNS = {
    "consignor": "m.consignor",
    "weight": "m.weight_kg",
    "loaded": "m.loaded_at",
    "packages": "m.packages",
}


def search_lines(voyage_id: str, term: str, sort: str, descending: bool) -> list:
    order_col = SORT_COLUMNS.get(sort, "m.loaded_at")
    direction = "DESC" if descending else "ASC"
    sql = f"SELECT m.line_ref, m.consignor, m.description, m.weight_kg, m.packages FROM manifest_lines m WHERE m.voyage_id = %s AND m.description ILIKE %s ORDER BY {order_col} {direction}"
    with psycopg2.connect(settings.DATABASE_URL) as conn:
        with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
            cur.execute(sql, (voyage_id, f"%{term}%"))
            return cur.fetchall()


@bp.get("/freight/voyages/<voyage_id>/lines")
def manifest_lines(voyage_id):
    rows = search_lines(
        voyage_id,
        request.args.get("q", ""),
        request.args.get("sort", "loaded"),
        request.args.get("order") == "desc",
    )
    for row in rows:
        row["weight_kg"] = float(row["weight_kg"])
    return jsonify(rows)
