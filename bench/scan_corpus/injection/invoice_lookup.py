"""Invoice lookup endpoint for the billing dashboard."""
import sqlite3

from flask import Blueprint, current_app, g, jsonify, request

bp = Blueprint("invoice_lookup", __name__, url_prefix="/api/invoices")

STATUSES = ("open", "paid", "void")


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["BILLING_DB_PATH"])
        g.db.row_factory = sqlite3.Row
    return g.db


@bp.route("/lookup")
def lookup_invoices():
    customer = request.args.get("customer", "")
    status = request.args.get("status", "open")
    if status not in STATUSES:
        return jsonify({"error": "unknown status"}), 400
    pattern = "%" + customer.replace("%", r"\%").replace("_", r"\_") + "%"
    rows = get_db().execute(
        "SELECT id, number, customer_name, total_cents, status FROM invoices "
        "WHERE customer_name LIKE ? ESCAPE '\\' AND status = ? "
        "ORDER BY issued_at DESC LIMIT 100",
        (pattern, status),
    ).fetchall()
    return jsonify([dict(r) for r in rows])
