"""Download endpoint for export paperwork.

For each export order the workshop generates a commercial invoice, a
certificate of origin and a packing list as PDFs. Retailers and the
freight forwarder download them from the trade portal.
"""
from __future__ import annotations

import os

from flask import Blueprint, abort, current_app, request, send_file
from flask_login import current_user, login_required

bp = Blueprint("export_docs", __name__, url_prefix="/export")

DOCUMENT_TYPES = {
    "invoice": "Commercial invoice",
    "origin": "Certificate of origin",
    "packing": "Packing list",
}


def _export_root() -> str:
    return current_app.config.get("EXPORT_DOCS_DIR", "/srv/trug/export-docs")


def _order_visible(order_ref: str) -> bool:
    db = current_app.extensions["orders_db"]
    row = db.execute(
        "SELECT retailer_id FROM export_orders WHERE ref = ?", (order_ref,)
    ).fetchone()
    if row is None:
        return False
    return current_user.is_staff or row[0] == current_user.retailer_id


@bp.get("/<order_ref>/documents")
@login_required
def list_documents(order_ref: str):
    if not _order_visible(order_ref):
        abort(404)
    folder = os.path.join(_export_root(), order_ref)
    files = sorted(f for f in os.listdir(folder) if f.endswith(".pdf")) if os.path.isdir(folder) else []
    return {"order": order_ref, "documents": files, "types": DOCUMENT_TYPES}


@bp.get("/<order_ref>/documents/download")
@login_required
def download_document(order_ref: str):
    if not _order_visible(order_ref):
        abort(404)
    name = request.args.get("file", "")
    if not name:
        abort(400)
    path = os.path.join(_export_root(), order_ref, name)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True, download_name=os.path.basename(path))
