"""Customer portal: list and download PDF invoices (Flask)."""
import os

from flask import Blueprint, abort, current_app, jsonify, send_from_directory, session
from sqlalchemy import text

from .db import engine

bp = Blueprint("portal_invoices", __name__, url_prefix="/portal/invoices")


def _customer_folder() -> str:
    customer_id = session.get("customer_id")
    if customer_id is None:
        abort(401)
    with engine.connect() as conn:
        account_ref = conn.execute(
            text("SELECT account_ref FROM customers WHERE id = :id"), {"id": customer_id}
        ).scalar()
    if account_ref is None:
        abort(401)
    return os.path.join(current_app.config["INVOICE_ROOT"], account_ref)


@bp.get("")
def list_invoices():
    folder = _customer_folder()
    if not os.path.isdir(folder):
        return jsonify({"invoices": []})
    return jsonify({"invoices": sorted(n for n in os.listdir(folder) if n.endswith(".pdf"))})


@bp.get("/<path:filename>")
def download_invoice(filename: str):
    if not filename.endswith(".pdf"):
        abort(404)
    return send_from_directory(
        _customer_folder(),
        filename,
        mimetype="application/pdf",
        as_attachment=True,
    )
