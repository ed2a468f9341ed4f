"""Order search for the workshop's admin pages."""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from typing import Optional

import psycopg
from flask import Blueprint, jsonify, request
from flask_login import login_required
from psycopg.rows import dict_row

bp = Blueprint("order_search", __name__, url_prefix="/admin/orders")

ORDER_STATUSES = ("new", "weaving", "ready", "out_for_delivery", "delivered", "cancelled")


@dataclass
class OrderFilter:
    status: Optional[str]
    since: Optional[date]
    sort_by: str = "created_at"

    @classmethod
    def from_args(cls, args) -> "OrderFilter":
        status = args.get("status")
        if status not in ORDER_STATUSES:
            status = None
        since = date.fromisoformat(args["since"]) if args.get("since") else None
        return cls(status=status, since=since, sort_by=args.get("sort", "created_at"))


def _connect() -> psycopg.Connection:
    return psycopg.connect(os.environ["WORKSHOP_DATABASE_URL"], row_factory=dict_row)


def search_orders(flt: OrderFilter) -> list[dict]:
    clauses = ["1 = 1"]
    params: list = []
    if flt.status:
        clauses.append("status = %s")
        params.append(flt.status)
    if flt.since:
        clauses.append("created_at >= %s")
        params.append(flt.since)
    sql = (
        "SELECT order_ref, customer_name, panel_style, panel_size, quantity, status, created_at "
        "FROM hurdle_orders WHERE " + " AND ".join(clauses) + " ORDER BY " + flt.sort_by
    )
    with _connect() as conn:
        return conn.execute(sql, params).fetchall()


@bp.get("/search")
@login_required
def order_search():
    try:
        flt = OrderFilter.from_args(request.args)
    except ValueError:
        return jsonify({"error": "since must be YYYY-MM-DD"}), 400
    rows = search_orders(flt)
    for row in rows:
        row["created_at"] = row["created_at"].isoformat()
    return jsonify(rows)
