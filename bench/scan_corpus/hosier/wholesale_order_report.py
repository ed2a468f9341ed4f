"""Order history report for the wholesale portal's account page."""
import os

import psycopg2
from flask import Blueprint, g, jsonify, request

bp = Blueprint("wholesale_reports", __name__)

PAGE_SIZE = 50


def get_conn():
    if "pg" not in g:
        g.pg = psycopg2.connect(os.environ["HOSIER_DATABASE_URL"])
    return g.pg


def fetch_orders(retailer_id: int, sort: str, direction: str, page: int) -> list[tuple]:
    direction = "DESC" if direction.lower() == "desc" else "ASC"
    query = (
        "SELECT o.order_no, o.placed_at, o.status, o.pairs, o.total_net "
        "FROM wholesale_orders o WHERE o.retailer_id = %s "
        "ORDER BY " + sort + " " + direction + " LIMIT %s OFFSET %s"
    )
    with get_conn().cursor() as cur:
        cur.execute(query, (retailer_id, PAGE_SIZE, page * PAGE_SIZE))
        return cur.fetchall()


@bp.get("/account/orders")
def order_history():
    retailer_id = g.current_retailer.id
    rows = fetch_orders(
        retailer_id,
        sort=request.args.get("sort", "o.placed_at"),
        direction=request.args.get("dir", "desc"),
        page=max(int(request.args.get("page", 0)), 0),
    )
    return jsonify([
        {
            "order_no": r[0],
            "placed_at": r[1].isoformat(),
            "status": r[2],
            "pairs": r[3],
            "total_net": str(r[4]),
        }
        for r in rows
    ])
