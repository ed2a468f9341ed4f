"""Sortable, filterable stock listing for the purchasing screens.

Column names cannot be bound as parameters, so the ORDER BY clause is
chosen from a fixed map; filter values are always bound.
"""
from __future__ import annotations

import os

import psycopg
from fastapi import APIRouter, Query
from psycopg.rows import dict_row

router = APIRouter(prefix="/api/stock")

SORT_COLUMNS = {
    "product": "p.product_code",
    "on_hand": "b.on_hand",
    "shortfall": "(b.reorder_level - b.on_hand)",
    "supplier": "s.supplier_code",
    "lead_time": "s.lead_days",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def build_listing_query(sort: str, direction: str, supplier: str | None) -> tuple[str, list]:
    order_column = SORT_COLUMNS.get(sort, SORT_COLUMNS["product"])
    order_dir = DIRECTIONS.get(direction.lower(), "ASC")
    clauses = ["b.branch_code = %s"]
    params: list = []
    if supplier:
        clauses.append("s.supplier_code = %s")
        params.append(supplier)
    query = (
        "SELECT p.product_code, p.description, b.on_hand, b.reorder_level, s.supplier_code, s.lead_days "
        "FROM products p JOIN branch_stock b ON b.product_id = p.id "
        "LEFT JOIN supplier_stock s ON s.product_id = p.id "
        f"WHERE {' AND '.join(clauses)} ORDER BY {order_column} {order_dir} LIMIT %s OFFSET %s"
    )
    return query, params


@router.get("/{branch_code}")
def stock_listing(
    branch_code: str,
    sort: str = "product",
    direction: str = "asc",
    supplier: str | None = None,
    page: int = Query(1, ge=1),
    page_size: int = Query(50, ge=1, le=500),
):
    query, params = build_listing_query(sort, direction, supplier)
    bound = [branch_code, *params, page_size, (page - 1) * page_size]
    with psycopg.connect(os.environ["STOCK_DATABASE_URL"], row_factory=dict_row) as conn:
        rows = conn.execute(query, bound).fetchall()
    return {"page": page, "rows": rows}
