"""Invoice PDFs for lesson fees and shop orders."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required
from sqlalchemy import select

from .db import db_session
from .models import Invoice
from .pdf import render_invoice_pdf

bp = Blueprint("invoices", __name__, url_prefix="/account/invoices")


@dataclass
class InvoiceFile:
    invoice_id: int
    issued_on: date
    total: Decimal
    path: Path


class InvoicePdfStore:
    def __init__(self, root: Path):
        self.root = root

    def path_for(self, invoice: Invoice) -> Path:
        return self.root / f"{invoice.issued_on:%Y}" / f"invoice-{int(invoice.id):08d}.pdf"

    def ensure(self, invoice: Invoice) -> InvoiceFile:
        path = self.path_for(invoice)
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(render_invoice_pdf(invoice))
        return InvoiceFile(invoice.id, invoice.issued_on, invoice.total, path)


def _store() -> InvoicePdfStore:
    return InvoicePdfStore(Path(current_app.config["INVOICE_DIR"]))


@bp.get("/")
@login_required
def list_invoices():
    rows = db_session.scalars(
        select(Invoice).where(Invoice.account_id == current_user.account_id)
        .order_by(Invoice.issued_on.desc())
    ).all()
    return {"invoices": [{"id": i.id, "issued_on": i.issued_on.isoformat(),
                          "total": str(i.total)} for i in rows]}


@bp.get("/<int:invoice_id>.pdf")
@login_required
def download_invoice(invoice_id: int):
    invoice = db_session.scalar(
        select(Invoice).where(Invoice.id == invoice_id,
                              Invoice.account_id == current_user.account_id)
    )
    if invoice is None:
        abort(404)
    stored = _store().ensure(invoice)
    return send_file(stored.path, mimetype="application/pdf",
                     download_name=f"invoice-{invoice.id}.pdf")
