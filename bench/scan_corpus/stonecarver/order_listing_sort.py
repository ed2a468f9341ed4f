"""Sortable, paginated order listing for the sales dashboard."""

import psycopg
from psycopg.rows import dict_row
from flask import Blueprint, jsonify, request

from stonecarver.config import settings

bp = Blueprint("order_listing", __name__)

SORT_COLUMNS = {
    "created": "o.created_at",
    "family": "o.family_name",
    "install": "o.install_date",
    "balance": "o.balance_cents",
}
PAGE_SIZE = 50


def order_clause(sort_key: str, direction: str) -> str:
    column = SORT_COLUMNS.get(sort_key, SORT_COLUMNS["created"])
    dir_sql = "ASC" if direction == "asc" else "DESC"
    return f"ORDER BY {column} {dir_sql}, o.id"


def fetch_page(sort_key: str, direction: str, page: int, stage: str | None) -> list[dict]:
    sql = (
        "SELECT o.number, o.family_name, o.stage, o.install_date, o.balance_cents "
        "FROM orders o WHERE (%(stage)s::text IS NULL OR o.stage = %(stage)s) "
        f"{order_clause(sort_key, direction)} LIMIT %(limit)s OFFSET %(offset)s"
    )
    params = {"stage": stage, "limit": PAGE_SIZE, "offset": max(page - 1, 0) * PAGE_SIZE}
    with psycopg.connect(settings.DATABASE_DSN, row_factory=dict_row) as conn:
        return conn.execute(sql, params).fetchall()


@bp.get("/orders")
def list_orders():
    rows = fetch_page(
        request.args.get("sort", "created"),
        request.args.get("dir", "desc"),
        request.args.get("page", 1, type=int),
        request.args.get("stage") or None,
    )
    return jsonify(orders=rows)
