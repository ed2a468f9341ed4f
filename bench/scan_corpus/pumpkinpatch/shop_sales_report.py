"""Daily and weekly sales reports for the farm shop back office."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from flask import Flask, abort, jsonify, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
engine = create_engine("postgresql+psycopg://shop_reports@/farmshop")

SORT_COLUMNS = {
    "product": "p.name",
    "units": "units_sold",
    "revenue": "revenue",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}
CATEGORIES = {"pumpkins", "gourds", "bakery", "preserves", "gifts"}


def build_report_sql(sort: str, direction: str, with_category: bool) -> str:
    order_column = SORT_COLUMNS[sort]
    order_dir = DIRECTIONS[direction]
    category_filter = "AND p.category = :category" if with_category else ""
    return f"""
        SELECT p.name, p.category,
               SUM(l.quantity) AS units_sold,
               SUM(l.quantity * l.unit_price) AS revenue
        FROM sale_lines l
        JOIN products p ON p.id = l.product_id
        JOIN sales s ON s.id = l.sale_id
        WHERE s.sold_at::date BETWEEN :start AND :end {category_filter}
        GROUP BY p.name, p.category
        ORDER BY {order_column} {order_dir}
    """


@app.get("/reports/sales")
def sales_report():
    try:
        start = date.fromisoformat(request.args["start"])
        end = date.fromisoformat(request.args.get("end", request.args["start"]))
    except (KeyError, ValueError):
        abort(400)
    sort = request.args.get("sort", "revenue")
    direction = request.args.get("dir", "desc")
    category = request.args.get("category")
    if sort not in SORT_COLUMNS or direction not in DIRECTIONS:
        abort(400)
    if category is not None and category not in CATEGORIES:
        abort(400)

    params = {"start": start, "end": end}
    if category:
        params["category"] = category
    sql = text(build_report_sql(sort, direction, bool(category)))
    with engine.connect() as conn:
        rows = conn.execute(sql, params).all()
    return jsonify([
        {
            "product": r.name,
            "category": r.category,
            "units": int(r.units_sold),
            "revenue": str(Decimal(r.revenue).quantize(Decimal("0.01"))),
        }
        for r in rows
    ])
