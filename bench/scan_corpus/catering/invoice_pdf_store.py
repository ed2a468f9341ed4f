"""Stores generated invoice PDFs and serves them to signed-in client portal users."""
from __future__ import annotations

from pathlib import Path

from flask import Blueprint, abort, current_app, send_file, session
from sqlalchemy import select
from sqlalchemy.orm import Session

from .db import SessionLocal
from .models import Invoice

bp = Blueprint("invoice_pdfs", __name__, url_prefix="/portal/invoices")


class InvoicePdfStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, invoice: Invoice) -> Path:
        year_dir = self.root / f"{invoice.issued_on.year:04d}"
        return year_dir / f"INV-{invoice.id:07d}.pdf"

    def save(self, invoice: Invoice, pdf_bytes: bytes) -> Path:
        target = self.path_for(invoice)
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(".part")
        tmp.write_bytes(pdf_bytes)
        tmp.replace(target)
        return target


def _store() -> InvoicePdfStore:
    return InvoicePdfStore(Path(current_app.config["INVOICE_PDF_ROOT"]))


def _invoice_for_client(db: Session, invoice_id: int, client_id: int) -> Invoice | None:
    return db.scalar(
        select(Invoice).where(Invoice.id == invoice_id, Invoice.client_id == client_id)
    )


@bp.get("/<int:invoice_id>.pdf")
def download(invoice_id: int):
    client_id = session.get("client_id")
    if client_id is None:
        abort(401)
    with SessionLocal() as db:
        invoice = _invoice_for_client(db, invoice_id, client_id)
        if invoice is None:
            abort(404)
        path = _store().path_for(invoice)
        number = invoice.number
    if not path.is_file():
        abort(404)
    return send_file(
        path,
        mimetype="application/pdf",
        as_attachment=True,
        download_name=f"{number}.pdf",
    )
