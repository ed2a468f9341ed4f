"""Invoice PDF downloads for customer accounts.

Final invoices (and deposit receipts) are rendered to PDF when issued and
written to the invoice store under a generated name. Customers download
them from their account page by invoice number.
"""

import uuid
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException
from fastapi.responses import FileResponse
from sqlalchemy import select
from sqlalchemy.orm import Session

from thatcher.deps import current_customer, get_db
from thatcher.models import Invoice

app = FastAPI()

INVOICE_STORE = Path("/srv/thatcher/invoices")


def store_invoice_pdf(db: Session, invoice: Invoice, pdf_bytes: bytes) -> None:
    stored_name = f"{uuid.uuid4().hex}.pdf"
    (INVOICE_STORE / stored_name).write_bytes(pdf_bytes)
    invoice.pdf_stored_name = stored_name
    db.commit()


@app.get("/account/invoices/{invoice_number}/pdf")
def download_invoice(
    invoice_number: str,
    customer=Depends(current_customer),
    db: Session = Depends(get_db),
):
    invoice = db.scalar(
        select(Invoice).where(
            Invoice.number == invoice_number,
            Invoice.customer_id == customer.id,
        )
    )
    if invoice is None or not invoice.pdf_stored_name:
        raise HTTPException(status_code=404, detail="Invoice not found")
    path = INVOICE_STORE / invoice.pdf_stored_name
    if not path.is_file():
        raise HTTPException(status_code=404, detail="Invoice PDF not available")
    return FileResponse(
        path,
        media_type="application/pdf",
        filename=f"invoice-{invoice.number}.pdf",
    )
