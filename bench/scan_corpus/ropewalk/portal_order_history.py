"""Order history search for the trade portal's "My orders" page.

Marina buyers filter their past orders by status and date and sort the grid
by whichever column header they click.
"""
from datetime import date

import psycopg
from flask import Blueprint, g, jsonify, request
from psycopg.rows import dict_row

from ropewalk.portal.auth import login_required

bp = Blueprint("order_history", __name__)

PAGE_SIZE = 25


def _order_clause(sort: str, direction: str) -> str:
    direction = "DESC" if direction.lower() == "desc" else "ASC"
    return f"ORDER BY {sort} {direction}"


def search_orders(conn, account_id: int, status: str | None, since: date | None,
                  sort: str, direction: str, page: int) -> list[dict]:
    clauses = ["o.account_id = %(account_id)s"]
    params = {"account_id": account_id, "limit": PAGE_SIZE, "offset": (page - 1) * PAGE_SIZE}
    if status:
        clauses.append("o.status = %(status)s")
        params["status"] = status
    if since:
        clauses.append("o.placed_at >= %(since)s")
        params["since"] = since
    sql = (
        "SELECT o.order_no, o.placed_at, o.status, o.total_net, o.po_reference "
        "FROM orders o WHERE " + " AND ".join(clauses) + " "
        + _order_clause(sort, direction)
        + " LIMIT %(limit)s OFFSET %(offset)s"
    )
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(sql, params)
        return cur.fetchall()


@bp.get("/portal/orders")
@login_required
def my_orders():
    since = request.args.get("since")
    with psycopg.connect(g.portal_dsn) as conn:
        rows = search_orders(
            conn,
            account_id=g.user.account_id,
            status=request.args.get("status"),
            since=date.fromisoformat(since) if since else None,
            sort=request.args.get("sort", "o.placed_at"),
            direction=request.args.get("dir", "desc"),
            page=max(int(request.args.get("page", 1)), 1),
        )
    return jsonify(rows)
