"""Invoice search endpoint for the billing dashboard."""
import sqlite3

from flask import Blueprint, current_app, g, jsonify, request

bp = Blueprint("invoices", __name__, url_prefix="/api/invoices")


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["BILLING_DB_PATH"])
        g.db.row_factory = sqlite3.Row
    return g.db


@bp.teardown_app_request
def close_db(exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


@bp.route("/search")
def search_invoices():
    customer = request.args.get("customer", "")
    status = request.args.get("status", "open")
    db = get_db()
    rows = db.execute(f"SELECT id, number, customer_name, total_cents, status FROM invoices WHERE customer_name LIKE '%{customer}%' AND status = '{status}' ORDER BY issued_at DESC LIMIT 100").fetchall()
    return jsonify([dict(r) for r in rows])
