"""Customer download of invoice PDFs from the portal.

PDFs are rendered by the nightly billing job into INVOICE_PDF_DIR and named
after the invoice's database id.
"""
from __future__ import annotations

import os

from flask import Blueprint, abort, current_app, g, send_file
from sqlalchemy import select

from .auth import customer_required
from .db import db_session
from .models import Commission, Invoice

bp = Blueprint("invoice_pdf", __name__, url_prefix="/portal/invoices")


def _pdf_path(invoice: Invoice) -> str:
    return os.path.join(current_app.config["INVOICE_PDF_DIR"], f"invoice-{invoice.id:08d}.pdf")


def _customer_invoice(invoice_number: str) -> Invoice:
    invoice = db_session.scalar(
        select(Invoice)
        .join(Commission, Commission.id == Invoice.commission_id)
        .where(Invoice.invoice_number == invoice_number, Commission.customer_id == g.customer.id)
    )
    if invoice is None:
        abort(404)
    return invoice


@bp.get("/")
@customer_required
def list_invoices():
    rows = db_session.scalars(
        select(Invoice)
        .join(Commission, Commission.id == Invoice.commission_id)
        .where(Commission.customer_id == g.customer.id)
        .order_by(Invoice.issued_on.desc())
    ).all()
    return {
        "invoices": [
            {"number": i.invoice_number, "issued": i.issued_on.isoformat(), "status": i.status}
            for i in rows
        ]
    }


@bp.get("/<invoice_number>.pdf")
@customer_required
def download_invoice(invoice_number: str):
    invoice = _customer_invoice(invoice_number)
    path = _pdf_path(invoice)
    if not os.path.isfile(path):
        abort(404)
    return send_file(
        path,
        mimetype="application/pdf",
        as_attachment=True,
        download_name=f"{invoice.invoice_number}.pdf",
    )
