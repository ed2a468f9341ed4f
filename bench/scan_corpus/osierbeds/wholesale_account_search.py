"""Wholesale account search for the sales desk, with user-chosen sorting."""
from __future__ import annotations

import os

import psycopg
from psycopg.rows import dict_row
from flask import Blueprint, jsonify, request
from flask_login import login_required

bp = Blueprint("wholesale_search", __name__, url_prefix="/sales/accounts")

PAGE_SIZE = 50
SORT_COLUMNS = {
    "name": "trading_name",
    "band": "price_band",
    "credit": "credit_limit",
    "last_order": "last_order_at",
}


def _connect() -> psycopg.Connection:
    return psycopg.connect(os.environ["DATABASE_URL"], row_factory=dict_row)


def _order_clause(sort: str | None, descending: bool) -> str:
    column = SORT_COLUMNS.get(sort or "", "trading_name")
    return f"ORDER BY {column} {'DESC' if descending else 'ASC'} NULLS LAST"


@bp.get("")
@login_required
def search_accounts():
    term = request.args.get("q", "").strip()
    page = max(1, request.args.get("page", 1, type=int))
    order_by = _order_clause(request.args.get("sort"), request.args.get("desc") == "1")
    query = (
        "SELECT id, trading_name, contact_email, price_band, credit_limit, last_order_at "
        "FROM wholesale_accounts "
        "WHERE trading_name ILIKE %s OR contact_email ILIKE %s "
        f"{order_by} LIMIT %s OFFSET %s"
    )
    pattern = f"%{term}%"
    with _connect() as conn, conn.cursor() as cur:
        cur.execute(query, (pattern, pattern, PAGE_SIZE, (page - 1) * PAGE_SIZE))
        accounts = cur.fetchall()
    for acc in accounts:
        acc["credit_limit"] = str(acc["credit_limit"])
        if acc["last_order_at"] is not None:
            acc["last_order_at"] = acc["last_order_at"].isoformat()
    return jsonify({"page": page, "sort": request.args.get("sort", "name"), "accounts": accounts})
