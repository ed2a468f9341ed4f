"""Stock report that dealers pull from the wholesale portal."""
from __future__ import annotations

import psycopg
from psycopg.rows import dict_row
from flask import Blueprint, g, jsonify, request

from fletcher.conf import settings
from fletcher.dealers.auth import dealer_required

bp = Blueprint("dealer_inventory", __name__, url_prefix="/dealer/inventory")

SORT_COLUMNS = {
    "sku": "p.sku",
    "name": "p.name",
    "spine": "p.spine",
    "on_hand": "i.on_hand",
    "eta": "i.next_delivery",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def build_report_sql(sort_key: str, direction_key: str) -> str:
    column = SORT_COLUMNS.get(sort_key, "p.sku")
    direction = DIRECTIONS.get(direction_key, "ASC")
    return (
        "SELECT p.sku, p.name, p.spine, i.on_hand, i.next_delivery, dp.unit_price "
        "FROM products p JOIN inventory i ON i.product_id = p.id "
        "JOIN dealer_prices dp ON dp.product_id = p.id AND dp.tier = %(tier)s "
        "WHERE p.category = %(category)s AND p.published "
        f"ORDER BY {column} {direction}"
    )


@bp.get("/report")
@dealer_required
def inventory_report():
    sql = build_report_sql(request.args.get("sort", "sku"), request.args.get("dir", "asc"))
    params = {"tier": g.dealer.price_tier, "category": request.args.get("category", "shafts")}
    with psycopg.connect(settings.WHOLESALE_DSN, row_factory=dict_row) as conn:
        rows = conn.execute(sql, params).fetchall()
    for row in rows:
        row["unit_price"] = str(row["unit_price"])
    return jsonify(rows)
