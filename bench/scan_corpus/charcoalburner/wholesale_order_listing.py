"""Paged, sortable listing of wholesale orders for the office dashboard."""
from __future__ import annotations

from dataclasses import dataclass

import psycopg
from psycopg.rows import dict_row
from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("order_listing", __name__)

SORTABLE_COLUMNS = {
    "ordered": "ordered_at",
    "retailer": "retailer_code",
    "region": "region",
    "total": "total_pence",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}
FILTER_COLUMNS = ("retailer_code", "region", "status")


@dataclass
class ListingRequest:
    sort: str = "ordered"
    direction: str = "desc"
    page: int = 1
    per_page: int = 25

    def order_by(self) -> str:
        column = SORTABLE_COLUMNS.get(self.sort, "ordered_at")
        direction = DIRECTIONS.get(self.direction, "DESC")
        return f"{column} {direction}"


def fetch_orders(dsn: str, listing: ListingRequest, filters: dict[str, str]) -> list[dict]:
    clauses = ["1 = 1"]
    params: list = []
    for column in FILTER_COLUMNS:
        if filters.get(column):
            clauses.append(f"{column} = %s")
            params.append(filters[column])
    sql = (
        "SELECT order_ref, retailer_code, region, status, bags_10kg, bags_3kg, total_pence, ordered_at"
        f" FROM wholesale_orders WHERE {' AND '.join(clauses)} ORDER BY {listing.order_by()}"
        " LIMIT %s OFFSET %s"
    )
    params.extend([listing.per_page, (listing.page - 1) * listing.per_page])
    with psycopg.connect(dsn, row_factory=dict_row) as conn:
        return conn.execute(sql, params).fetchall()


@bp.get("/orders")
def list_orders():
    listing = ListingRequest(
        sort=request.args.get("sort", "ordered"),
        direction=request.args.get("dir", "desc"),
        page=max(request.args.get("page", 1, type=int), 1),
    )
    filters = {k: request.args[k] for k in FILTER_COLUMNS if k in request.args}
    rows = fetch_orders(current_app.config["SALES_DSN"], listing, filters)
    for row in rows:
        row["ordered_at"] = row["ordered_at"].isoformat()
    return jsonify(page=listing.page, orders=rows)
