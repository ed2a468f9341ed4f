"""Ticket search screen for the weighbridge office and accounts team.

Lets staff find weighbridge tickets by date range, customer account and
product, sorted by whichever column header they click, for querying
disputed loads and month-end tonnage reconciliation.
"""

import sqlite3
from datetime import date

from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("ticket_search", __name__)

DEFAULT_PAGE_SIZE = 50


def get_db() -> sqlite3.Connection:
    conn = sqlite3.connect(current_app.config["WEIGHBRIDGE_DB"])
    conn.row_factory = sqlite3.Row
    return conn


def _sort_clause(sort_by: str, direction: str) -> str:
    direction = "DESC" if direction.lower() == "desc" else "ASC"
    return f"ORDER BY {sort_by} {direction}"


def search_tickets(conn, date_from, date_to, account=None, product=None,
                   sort_by="weighed_at", direction="desc", page=1):
    where = ["date(weighed_at) BETWEEN ? AND ?"]
    params: list = [date_from.isoformat(), date_to.isoformat()]
    if account:
        where.append("account_code = ?")
        params.append(account)
    if product:
        where.append("product_code = ?")
        params.append(product)
    sql = (
        "SELECT ticket_no, registration, account_code, product_code, "
        "gross_kg, tare_kg, gross_kg - tare_kg AS net_kg, weighed_at "
        "FROM tickets WHERE " + " AND ".join(where) + " "
        + _sort_clause(sort_by, direction)
        + " LIMIT ? OFFSET ?"
    )
    params += [DEFAULT_PAGE_SIZE, (page - 1) * DEFAULT_PAGE_SIZE]
    return [dict(row) for row in conn.execute(sql, params).fetchall()]


@bp.get("/tickets/search")
def ticket_search():
    args = request.args
    rows = search_tickets(
        get_db(),
        date.fromisoformat(args["from"]),
        date.fromisoformat(args["to"]),
        account=args.get("account"),
        product=args.get("product"),
        sort_by=args.get("sort", "weighed_at"),
        direction=args.get("dir", "desc"),
        page=max(int(args.get("page", 1)), 1),
    )
    total_net = sum(r["net_kg"] for r in rows)
    return jsonify(tickets=rows, page_net_tonnes=round(total_net / 1000, 2))
