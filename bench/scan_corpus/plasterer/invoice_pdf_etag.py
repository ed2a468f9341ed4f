"""Render client invoices to PDF and serve them with caching headers.

Invoices are rendered on demand from the ledger; the ETag lets the client
portal and accounting tools skip re-downloading unchanged documents.
"""
import hashlib
from functools import lru_cache

from fastapi import APIRouter, Depends, HTTPException, Request, Response
from sqlalchemy.orm import Session

from .database import get_session
from .models import Invoice
from .rendering import render_invoice_pdf

router = APIRouter(prefix="/invoices", tags=["invoices"])


def etag_for(content: bytes) -> str:
    return '"' + hashlib.sha256(content).hexdigest()[:32] + '"'


@lru_cache(maxsize=256)
def _cached_pdf(invoice_id: int, revision: int) -> bytes:
    # revision is part of the key so an edited invoice is re-rendered
    return render_invoice_pdf(invoice_id)


@router.get("/{invoice_id}.pdf")
def download_invoice(invoice_id: int, request: Request, db: Session = Depends(get_session)):
    invoice = db.get(Invoice, invoice_id)
    if invoice is None or invoice.client_id != request.state.client_id:
        raise HTTPException(status_code=404)

    pdf = _cached_pdf(invoice.id, invoice.revision)
    tag = etag_for(pdf)
    if request.headers.get("if-none-match") == tag:
        return Response(status_code=304, headers={"ETag": tag})

    filename = f"invoice-{invoice.number}.pdf"
    return Response(
        content=pdf,
        media_type="application/pdf",
        headers={
            "ETag": tag,
            "Cache-Control": "private, max-age=300",
            "Content-Disposition": f'inline; filename="{filename}"',
        },
    )
