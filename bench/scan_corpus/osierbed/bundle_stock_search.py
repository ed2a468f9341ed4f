"""Stock search for the wholesale price list page.

Basket makers browse what bundles are available this season, filtered by
variety and sorted by whichever column they click in the table.
"""

import os

import psycopg
from flask import Blueprint, jsonify, request

bp = Blueprint("stock", __name__, url_prefix="/api/stock")

DEFAULT_SORT = "variety"
PAGE_SIZE = 50


def _conn() -> psycopg.Connection:
    return psycopg.connect(os.environ["STOCK_DATABASE_URL"])


def build_stock_query(order_by: str, descending: bool) -> str:
    direction = "DESC" if descending else "ASC"
    return (
        "SELECT variety, length_band, bundles_available, price_pence, colour "
        "FROM bundle_stock "
        "WHERE variety ILIKE %s AND bundles_available > 0 AND season = %s "
        f"ORDER BY {order_by} {direction} "
        "LIMIT %s OFFSET %s"
    )


def search_stock(variety_filter: str, season: int, order_by: str, descending: bool, page: int):
    sql = build_stock_query(order_by, descending)
    params = (f"%{variety_filter}%", season, PAGE_SIZE, page * PAGE_SIZE)
    with _conn() as conn, conn.cursor() as cur:
        cur.execute(sql, params)
        columns = [c.name for c in cur.description]
        return [dict(zip(columns, row)) for row in cur.fetchall()]


@bp.get("/")
def list_stock():
    args = request.args
    rows = search_stock(
        variety_filter=args.get("variety", ""),
        season=int(args.get("season", 2024)),
        order_by=args.get("sort", DEFAULT_SORT),
        descending=args.get("dir") == "desc",
        page=max(int(args.get("page", 0)), 0),
    )
    return jsonify(rows)
