"""Invoice downloads for the customer portal.

Invoice PDFs are stored under a server-side path recorded when the
invoice is generated; the customer only ever supplies the invoice id.
"""
from __future__ import annotations

import os

from flask import Blueprint, abort, current_app, send_from_directory
from flask_login import current_user, login_required
from sqlalchemy import text

from .db import get_session

invoices_bp = Blueprint("invoices", __name__, url_prefix="/portal/invoices")


def _invoice_row(invoice_id: int):
    session = get_session()
    return session.execute(
        text(
            "SELECT id, invoice_no, customer_id, issued_on FROM invoices"
            " WHERE id = :id AND voided = false"
        ),
        {"id": invoice_id},
    ).mappings().first()


def invoice_filename(invoice_no: str, issued_year: int) -> str:
    return os.path.join(str(issued_year), f"{invoice_no}.pdf")


@invoices_bp.get("/<int:invoice_id>/pdf")
@login_required
def download_invoice(invoice_id: int):
    row = _invoice_row(invoice_id)
    if row is None or row["customer_id"] != current_user.customer_id:
        abort(404)
    relative = invoice_filename(row["invoice_no"], row["issued_on"].year)
    return send_from_directory(
        current_app.config["INVOICE_PDF_ROOT"],
        relative,
        as_attachment=True,
        download_name=f"invoice-{row['invoice_no']}.pdf",
        mimetype="application/pdf",
    )


@invoices_bp.get("/")
@login_required
def list_invoices():
    session = get_session()
    rows = session.execute(
        text(
            "SELECT id, invoice_no, issued_on, gross_total FROM invoices"
            " WHERE customer_id = :cid AND voided = false ORDER BY issued_on DESC"
        ),
        {"cid": current_user.customer_id},
    ).mappings().all()
    return {
        "invoices": [
            {
                "id": r["id"],
                "invoice_no": r["invoice_no"],
                "issued_on": r["issued_on"].isoformat(),
                "gross_total": str(r["gross_total"]),
            }
            for r in rows
        ]
    }
