"""Archive of PDF invoices for completed commissions.

When a commission is delivered the billing job renders an invoice PDF and
stores it under the invoice root.  The file name is derived from the
commission's numeric id and the invoice number held in the database, never
from anything the customer sends.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from flask import Blueprint, abort, send_file, session

from .billing import load_invoice_record

INVOICE_ROOT = Path(os.environ.get("INVOICE_ROOT", "/srv/smockstudio/invoices"))

bp = Blueprint("invoices", __name__, url_prefix="/account/invoices")


@dataclass(frozen=True)
class InvoiceRecord:
    commission_id: int
    customer_id: int
    invoice_number: int
    issued_year: int


def invoice_path(record: InvoiceRecord, root: Path = INVOICE_ROOT) -> Path:
    return root / str(record.issued_year) / f"INV-{record.invoice_number:06d}-C{record.commission_id}.pdf"


def store_invoice(record: InvoiceRecord, pdf_bytes: bytes) -> Path:
    path = invoice_path(record)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".pdf.part")
    tmp.write_bytes(pdf_bytes)
    os.replace(tmp, path)
    return path


@bp.get("/<int:commission_id>")
def download_invoice(commission_id: int):
    customer_id = session.get("customer_id")
    if customer_id is None:
        abort(401)
    record = load_invoice_record(commission_id)
    if record is None or record.customer_id != customer_id:
        abort(404)
    path = invoice_path(record)
    if not path.is_file():
        abort(404)
    return send_file(path, mimetype="application/pdf", as_attachment=True, download_name=path.name)
