"""Archive of invoice PDFs for commissions and repairs, served to signed-in customers."""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date

from flask import Blueprint, abort, current_app, send_file, session
from sqlalchemy import text

bp = Blueprint("invoices", __name__, url_prefix="/portal/invoices")


@dataclass(frozen=True)
class InvoiceRecord:
    invoice_id: int
    customer_id: int
    issued_on: date
    kind: str

    @property
    def relative_path(self) -> str:
        return os.path.join(
            str(self.issued_on.year), f"{self.kind}-{self.invoice_id:07d}.pdf"
        )


class InvoiceArchive:
    def __init__(self, root: str, engine) -> None:
        self.root = root
        self.engine = engine

    def record(self, invoice_id: int) -> InvoiceRecord | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                text(
                    "SELECT id, customer_id, issued_on, kind FROM invoices WHERE id = :id"
                ),
                {"id": invoice_id},
            ).first()
        if row is None:
            return None
        return InvoiceRecord(row.id, row.customer_id, row.issued_on, row.kind)

    def pdf_path(self, record: InvoiceRecord) -> str:
        return os.path.join(self.root, record.relative_path)

    def store(self, record: InvoiceRecord, pdf_bytes: bytes) -> str:
        path = self.pdf_path(record)
        os.makedirs(os.path.dirname(path), mode=0o750, exist_ok=True)
        with open(path, "wb") as fh:
            fh.write(pdf_bytes)
        return path


def _archive() -> InvoiceArchive:
    return InvoiceArchive(
        current_app.config["INVOICE_ARCHIVE_ROOT"], current_app.extensions["harp_db"]
    )


@bp.get("/<int:invoice_id>.pdf")
def download_invoice(invoice_id: int):
    customer_id = session.get("customer_id")
    if customer_id is None:
        abort(401)
    archive = _archive()
    record = archive.record(invoice_id)
    if record is None or record.customer_id != customer_id:
        abort(404)
    path = archive.pdf_path(record)
    if not os.path.isfile(path):
        abort(404)
    return send_file(
        path,
        mimetype="application/pdf",
        as_attachment=True,
        download_name=f"harpmaker-invoice-{record.invoice_id}.pdf",
    )
