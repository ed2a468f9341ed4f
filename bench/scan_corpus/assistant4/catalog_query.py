"""Listing queries for the catalog admin (Postgres, psycopg2)."""
from flask import Blueprint, jsonify, request

from catalog.db import get_conn

bp = Blueprint("catalog_admin", __name__)

SORT_COLUMNS = {
    "name": "name",
    "price": "price_cents",
    "newest": "created_at DESC",
    "stock": "stock_qty",
}
MAX_LIMIT = 200


def list_products(category_id: int, sort: str = "name", limit: int = 50) -> list[dict]:
    order_by = SORT_COLUMNS.get(sort, "name")
    sql = (
        "SELECT id, sku, name, price_cents, stock_qty FROM products "
        f"WHERE category_id = %s ORDER BY {order_by} LIMIT %s"
    )
    with get_conn() as conn, conn.cursor() as cur:
        cur.execute(sql, (category_id, min(limit, MAX_LIMIT)))
        cols = [c.name for c in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]


@bp.get("/admin/categories/<int:category_id>/products")
def category_products(category_id: int):
    sort = request.args.get("sort", "name")
    limit = request.args.get("limit", 50, type=int)
    return jsonify(list_products(category_id, sort, limit))
