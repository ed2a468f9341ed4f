"""Admin listing of wholesale accounts with search and sorting."""
from __future__ import annotations

import os

import psycopg
from psycopg.rows import dict_row
from flask import Blueprint, jsonify, request
from flask_login import login_required

bp = Blueprint("wholesale_admin", __name__, url_prefix="/admin/wholesale")

PAGE_SIZE = 50


def _connect() -> psycopg.Connection:
    return psycopg.connect(os.environ["DATABASE_URL"], row_factory=dict_row)


def _page(value: str | None) -> int:
    try:
        return max(1, int(value or 1))
    except ValueError:
        return 1


@bp.get("")
@login_required
def list_accounts():
    search = request.args.get("q", "").strip()
    sort = request.args.get("sort", "trading_name")
    direction = "DESC" if request.args.get("desc") == "1" else "ASC"
    page = _page(request.args.get("page"))
    query = (
        "SELECT id, trading_name, contact_email, price_band, credit_limit, last_order_at "
        "FROM wholesale_accounts WHERE trading_name ILIKE %s "
        f"ORDER BY {sort} {direction} LIMIT %s OFFSET %s"
    )
    with _connect() as conn, conn.cursor() as cur:
        cur.execute(query, (f"%{search}%", PAGE_SIZE, (page - 1) * PAGE_SIZE))
        accounts = cur.fetchall()
    for acc in accounts:
        if acc["last_order_at"] is not None:
            acc["last_order_at"] = acc["last_order_at"].isoformat()
        acc["credit_limit"] = str(acc["credit_limit"])
    return jsonify({"page": page, "accounts": accounts})


@bp.get("/<int:account_id>/orders")
@login_required
def account_orders(account_id: int):
    with _connect() as conn, conn.cursor() as cur:
        cur.execute(
            "SELECT id, placed_at, total, status FROM wholesale_orders "
            "WHERE account_id = %s ORDER BY placed_at DESC LIMIT 100",
            (account_id,),
        )
        orders = cur.fetchall()
    return jsonify(
        [
            {"id": o["id"], "placed_at": o["placed_at"].isoformat(),
             "total": str(o["total"]), "status": o["status"]}
            for o in orders
        ]
    )
