"""Back-office order search for the workshop staff."""
import sqlite3
from contextlib import closing

from flask import Blueprint, current_app, g, jsonify, request
from flask_login import login_required

bp = Blueprint("order_search", __name__, url_prefix="/admin/orders")

PAGE_SIZE = 50
STATUSES = {"new", "weaving", "ready", "dispatched", "collected", "cancelled"}


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["ORDERS_DB"])
        g.db.row_factory = sqlite3.Row
    return g.db


def _search(term: str, status: str | None, page: int) -> list[dict]:
    sql = (
        "SELECT id, reference, customer_name, basket_style, status, total_pence "
        f"FROM orders WHERE customer_name LIKE '%{term}%'"
    )
    params: list = []
    if status:
        sql += " AND status = ?"
        params.append(status)
    sql += " ORDER BY created_at DESC LIMIT ? OFFSET ?"
    params += [PAGE_SIZE, page * PAGE_SIZE]
    with closing(get_db().cursor()) as cur:
        cur.execute(sql, params)
        return [dict(row) for row in cur.fetchall()]


@bp.get("/search")
@login_required
def search():
    term = request.args.get("q", "").strip()
    status = request.args.get("status")
    if status and status not in STATUSES:
        return jsonify(error="unknown status"), 400
    try:
        page = max(int(request.args.get("page", 0)), 0)
    except ValueError:
        page = 0
    results = _search(term, status, page)
    return jsonify(results=results, page=page, more=len(results) == PAGE_SIZE)


@bp.teardown_app_request
def close_db(exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()
