"""Back-office search over commission orders.

Used by the front desk to find an order when a client phones in without
their order number.
"""
import sqlite3

from flask import Blueprint, g, jsonify, request

from coppersmith.settings import ORDERS_DB_PATH

bp = Blueprint("order_search", __name__, url_prefix="/office/orders")

COLUMNS = "id, customer_name, piece_type, alloy, stage, quoted_total"


def _db() -> sqlite3.Connection:
    if "orders_db" not in g:
        g.orders_db = sqlite3.connect(ORDERS_DB_PATH)
        g.orders_db.row_factory = sqlite3.Row
    return g.orders_db


def _filters_from(args) -> list[str]:
    clauses = ["archived = 0"]
    if args.get("customer"):
        clauses.append(f"customer_name LIKE '%{args['customer']}%'")
    if args.get("piece"):
        clauses.append(f"piece_type = '{args['piece']}'")
    if args.get("stage", "").isdigit():
        clauses.append(f"stage = {int(args['stage'])}")
    return clauses


@bp.get("/search")
def search_orders():
    where = " AND ".join(_filters_from(request.args))
    sql = f"SELECT {COLUMNS} FROM commission_orders WHERE {where} ORDER BY id DESC LIMIT 50"
    rows = _db().execute(sql).fetchall()
    return jsonify([dict(row) for row in rows])


@bp.teardown_app_request
def close_db(exc):
    db = g.pop("orders_db", None)
    if db is not None:
        db.close()
