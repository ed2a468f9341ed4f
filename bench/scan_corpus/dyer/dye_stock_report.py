"""Dyestuff and auxiliary stock report for the colour kitchen.

Shows on-hand kilos per product with reorder flags. The kitchen manager
can sort the table by any of the displayed columns.
"""
import psycopg
from psycopg.rows import dict_row
from flask import Blueprint, jsonify, request

from dyer.settings import DATABASE_URL

bp = Blueprint("stock_report", __name__)

SORTABLE = {
    "product": "p.product_code",
    "supplier": "s.name",
    "on_hand": "st.on_hand_kg",
    "days_cover": "st.on_hand_kg / NULLIF(st.avg_daily_use_kg, 0)",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def _order_clause(sort_key: str, direction: str) -> str:
    column = SORTABLE.get(sort_key, SORTABLE["product"])
    return f"{column} {DIRECTIONS.get(direction.lower(), 'ASC')}"


@bp.get("/kitchen/stock")
def stock_report():
    category = request.args.get("category", "reactive")
    order_by = _order_clause(request.args.get("sort", "product"), request.args.get("dir", "asc"))
    sql = (
        "SELECT p.product_code, p.description, s.name AS supplier, st.on_hand_kg, "
        "st.reorder_level_kg, st.on_hand_kg < st.reorder_level_kg AS reorder "
        "FROM stock st JOIN products p ON p.id = st.product_id "
        "JOIN suppliers s ON s.id = p.supplier_id "
        f"WHERE p.category = %s ORDER BY {order_by}"
    )
    with psycopg.connect(DATABASE_URL, row_factory=dict_row) as conn:
        rows = conn.execute(sql, (category,)).fetchall()
    return jsonify(
        {
            "category": category,
            "items": rows,
            "reorder_count": sum(1 for r in rows if r["reorder"]),
        }
    )
