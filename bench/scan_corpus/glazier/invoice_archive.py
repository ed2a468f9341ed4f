"""Download archived invoices for completed glazing jobs.

Invoices are rendered once when a job is signed off and stored on disk;
the database row remembers where each file was written.
"""
import os
import sqlite3
from dataclasses import dataclass

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from .auth import CurrentCustomer, current_customer

router = APIRouter(prefix="/invoices")

ARCHIVE_DB = os.environ.get("INVOICE_ARCHIVE_DB", "/var/lib/glazeops/invoices.db")


@dataclass
class ArchivedInvoice:
    invoice_no: str
    customer_id: int
    stored_path: str


def get_invoice(invoice_id: int) -> ArchivedInvoice | None:
    conn = sqlite3.connect(ARCHIVE_DB)
    try:
        row = conn.execute(
            "SELECT invoice_no, customer_id, stored_path FROM invoice_files WHERE id = ?",
            (invoice_id,),
        ).fetchone()
    finally:
        conn.close()
    return ArchivedInvoice(*row) if row else None


@router.get("/{invoice_id}/pdf")
def download_invoice(invoice_id: int, customer: CurrentCustomer = Depends(current_customer)):
    invoice = get_invoice(invoice_id)
    if invoice is None or invoice.customer_id != customer.id:
        raise HTTPException(status_code=404, detail="Invoice not found")
    if not os.path.exists(invoice.stored_path):
        raise HTTPException(status_code=410, detail="Invoice file no longer available")
    return FileResponse(
        invoice.stored_path,
        media_type="application/pdf",
        filename=f"{invoice.invoice_no}.pdf",
    )
