"""Support-desk order search endpoint."""
from flask import Blueprint, jsonify, request

from .db import get_connection

bp = Blueprint("order_search", __name__)


def build_query(email: str | None, status: str | None) -> tuple[str, list]:
    clauses, params = [], []
    if status:
        clauses.append("status = %s")
        params.append(status)
    if email:
        clauses.append(f"customer_email = '{email}'")
    where = " AND ".join(clauses) or "TRUE"
    return f"SELECT id, customer_email, status, total FROM orders WHERE {where} ORDER BY id DESC LIMIT 50", params


@bp.get("/support/orders")
def search_orders():
    sql, params = build_query(request.args.get("email"), request.args.get("status"))
    with get_connection() as conn, conn.cursor() as cur:
        cur.execute(sql, params)
        rows = cur.fetchall()
    return jsonify([dict(zip(("id", "email", "status", "total"), r)) for r in rows])
