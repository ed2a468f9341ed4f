"""Back-office search over custom arrow orders for the fletching shop floor."""
from __future__ import annotations

import sqlite3
from contextlib import closing

from flask import Blueprint, current_app, jsonify, request

from fletcher.backoffice.auth import staff_required

bp = Blueprint("order_search", __name__, url_prefix="/backoffice/orders")

DEFAULT_LIMIT = 50


def _db() -> sqlite3.Connection:
    conn = sqlite3.connect(current_app.config["SHOP_DB_PATH"])
    conn.row_factory = sqlite3.Row
    return conn


def _filters_from(args) -> list[str]:
    clauses = ["o.status != 'cancelled'"]
    if args.get("customer"):
        clauses.append(f"o.customer_name LIKE '%{args['customer']}%'")
    if args.get("spine", "").isdigit():
        clauses.append(f"s.spine = {int(args['spine'])}")
    if args.get("status") in {"queued", "cutting", "fletching", "shipped"}:
        clauses.append(f"o.status = '{args['status']}'")
    return clauses


@bp.get("/search")
@staff_required
def search_orders():
    where = " AND ".join(_filters_from(request.args))
    sql = (
        "SELECT o.number, o.customer_name, o.status, s.shaft_model, s.spine, s.cut_length "
        "FROM arrow_orders o JOIN arrow_specs s ON s.order_id = o.id "
        f"WHERE {where} ORDER BY o.created_at DESC LIMIT {DEFAULT_LIMIT}"
    )
    with closing(_db()) as conn:
        rows = conn.execute(sql).fetchall()
    return jsonify([dict(r) for r in rows])
