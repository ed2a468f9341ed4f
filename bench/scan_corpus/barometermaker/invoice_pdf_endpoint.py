"""Let collectors download invoices for their restoration jobs."""
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException
from fastapi.responses import FileResponse
from sqlalchemy import select
from sqlalchemy.orm import Session

from .auth import current_collector
from .db import get_session
from .models import Invoice

app = FastAPI()

INVOICE_STORE = Path("/var/lib/barometermaker/invoices")


class InvoiceFiles:
    """Maps invoice records to the files the billing job rendered."""

    def __init__(self, root: Path = INVOICE_STORE):
        self.root = root

    def path_for(self, invoice: Invoice) -> Path:
        # storage_key is written by the billing job as "<year>/<uuid>.pdf"
        return self.root / invoice.storage_key


files = InvoiceFiles()


def owned_invoice(session: Session, invoice_id: int, collector_id: int) -> Invoice:
    invoice = session.scalar(
        select(Invoice).where(Invoice.id == invoice_id, Invoice.collector_id == collector_id)
    )
    if invoice is None:
        raise HTTPException(404, "invoice not found")
    return invoice


@app.get("/invoices/{invoice_id}.pdf")
def download_invoice(
    invoice_id: int,
    session: Session = Depends(get_session),
    collector=Depends(current_collector),
):
    invoice = owned_invoice(session, invoice_id, collector.id)
    path = files.path_for(invoice)
    if not path.is_file():
        raise HTTPException(410, "invoice file no longer available")
    return FileResponse(path, media_type="application/pdf", filename=f"invoice-{invoice.number}.pdf")


@app.get("/invoices")
def list_invoices(session: Session = Depends(get_session), collector=Depends(current_collector)):
    rows = session.scalars(
        select(Invoice).where(Invoice.collector_id == collector.id).order_by(Invoice.issued_on.desc())
    )
    return [{"id": i.id, "number": i.number, "issued_on": i.issued_on, "total": str(i.total)} for i in rows]
