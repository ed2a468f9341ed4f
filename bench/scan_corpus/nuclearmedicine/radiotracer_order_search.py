"""Search view for the radiotracer order book.

Schedulers look up outstanding orders by tracer name (FDG, PSMA-11,
MAA, MDP ...) and ordering physician before confirming a slot.
"""
import os
import sqlite3

from flask import Blueprint, abort, current_app, g, jsonify, request, session

bp = Blueprint("tracer_orders", __name__, url_prefix="/orders")

PAGE_SIZE = 50


def _db() -> sqlite3.Connection:
    if "orders_db" not in g:
        path = current_app.config.get("ORDERS_DB", os.environ.get("NM_ORDERS_DB", "orders.db"))
        g.orders_db = sqlite3.connect(path)
        g.orders_db.row_factory = sqlite3.Row
    return g.orders_db


@bp.before_request
def _require_login():
    if "staff_id" not in session:
        abort(401)


@bp.get("/search")
def search_orders():
    tracer = request.args.get("tracer", "").strip()
    physician = request.args.get("physician", "").strip()
    page = max(int(request.args.get("page", 1)), 1)

    sql = (
        "SELECT id, tracer, activity_mbq, ordering_physician, needed_by, status "
        f"FROM tracer_orders WHERE tracer LIKE '%{tracer}%'"
    )
    params: list = []
    if physician:
        sql += " AND ordering_physician = ?"
        params.append(physician)
    sql += " ORDER BY needed_by LIMIT ? OFFSET ?"
    params.extend([PAGE_SIZE, (page - 1) * PAGE_SIZE])

    rows = _db().execute(sql, params).fetchall()
    return jsonify([dict(r) for r in rows])


@bp.get("/<int:order_id>")
def order_detail(order_id: int):
    row = _db().execute(
        "SELECT id, tracer, activity_mbq, ordering_physician, needed_by, status, notes "
        "FROM tracer_orders WHERE id = ?",
        (order_id,),
    ).fetchone()
    if row is None:
        abort(404)
    return jsonify(dict(row))


@bp.post("/<int:order_id>/cancel")
def cancel_order(order_id: int):
    db = _db()
    cur = db.execute(
        "UPDATE tracer_orders SET status = 'cancelled', cancelled_by = ? "
        "WHERE id = ? AND status = 'open'",
        (session["staff_id"], order_id),
    )
    db.commit()
    if cur.rowcount == 0:
        abort(409)
    return jsonify({"id": order_id, "status": "cancelled"})
