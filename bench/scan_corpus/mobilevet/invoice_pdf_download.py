"""Owner portal download of visit invoices as PDF.

Invoices are rendered by the billing job into INVOICE_DIR/<year>/<invoice id>.pdf;
the file name is never taken from the request.
"""

from __future__ import annotations

import os

from flask import Blueprint, abort, current_app, send_file, session

from .db import get_db

bp = Blueprint("invoices", __name__, url_prefix="/portal/invoices")


def _invoice_for_owner(invoice_id: int, owner_id: int):
    return get_db().execute(
        "SELECT id, number, issued_on FROM invoices WHERE id = ? AND owner_id = ?",
        (invoice_id, owner_id),
    ).fetchone()


def invoice_path(invoice_row) -> str:
    year = str(invoice_row["issued_on"])[:4]
    return os.path.join(current_app.config["INVOICE_DIR"], year, f"{int(invoice_row['id'])}.pdf")


@bp.get("/<int:invoice_id>.pdf")
def download_invoice(invoice_id: int):
    owner_id = session.get("owner_id")
    if owner_id is None:
        abort(401)
    invoice = _invoice_for_owner(invoice_id, owner_id)
    if invoice is None:
        abort(404)
    path = invoice_path(invoice)
    if not os.path.isfile(path):
        current_app.logger.warning("invoice %s has no rendered PDF", invoice_id)
        abort(404)
    return send_file(path, mimetype="application/pdf", as_attachment=True,
                     download_name=f"MobileVet-invoice-{invoice['number']}.pdf")


@bp.get("/")
def list_invoices():
    owner_id = session.get("owner_id")
    if owner_id is None:
        abort(401)
    rows = get_db().execute(
        "SELECT id, number, issued_on, total_pence, paid FROM invoices "
        "WHERE owner_id = ? ORDER BY issued_on DESC",
        (owner_id,),
    ).fetchall()
    return {"invoices": [dict(r) for r in rows]}
