"""Browsable urn and keepsake catalogue for the owner portal."""
from __future__ import annotations

from decimal import Decimal

import psycopg
from psycopg.rows import dict_row
from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("urn_catalog", __name__, url_prefix="/catalog")

SORT_COLUMNS = {
    "price": "p.unit_price",
    "name": "p.name",
    "newest": "p.created_at",
    "capacity": "p.capacity_cubic_in",
}
SORT_DIRECTIONS = {"asc": "ASC", "desc": "DESC"}
PAGE_SIZE = 24


class CatalogQuery:
    def __init__(self, sort: str = "name", direction: str = "asc"):
        self.order_column = SORT_COLUMNS.get(sort, SORT_COLUMNS["name"])
        self.order_direction = SORT_DIRECTIONS.get(direction.lower(), "ASC")

    @property
    def sql(self) -> str:
        return (
            "SELECT p.sku, p.name, p.material, p.unit_price, p.capacity_cubic_in "
            "FROM urn_products p "
            "WHERE p.active AND (%(material)s::text IS NULL OR p.material = %(material)s) "
            "AND p.unit_price <= %(max_price)s "
            f"ORDER BY {self.order_column} {self.order_direction} "
            "LIMIT %(limit)s OFFSET %(offset)s"
        )


def list_products(query: CatalogQuery, material: str | None, max_price: Decimal, page: int) -> list[dict]:
    params = {
        "material": material,
        "max_price": max_price,
        "limit": PAGE_SIZE,
        "offset": max(page - 1, 0) * PAGE_SIZE,
    }
    with psycopg.connect(current_app.config["CATALOG_DSN"]) as conn:
        with conn.cursor(row_factory=dict_row) as cur:
            cur.execute(query.sql, params)
            return cur.fetchall()


@bp.get("/urns")
def urns():
    query = CatalogQuery(request.args.get("sort", "name"), request.args.get("dir", "asc"))
    try:
        max_price = Decimal(request.args.get("max_price", "100000"))
    except ArithmeticError:
        return jsonify({"error": "invalid max_price"}), 400
    products = list_products(
        query,
        request.args.get("material"),
        max_price,
        request.args.get("page", type=int, default=1),
    )
    for p in products:
        p["unit_price"] = str(p["unit_price"])
    return jsonify(products)
