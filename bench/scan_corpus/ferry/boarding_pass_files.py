"""Download endpoints for generated boarding passes and vehicle hang tags.

PDFs are produced by the ticketing worker and written to
<PASS_ROOT>/<booking_ref>/<document>.pdf.
"""
import os
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import FileResponse

from ticketing.auth import Customer, current_customer
from ticketing.bookings import booking_belongs_to

PASS_ROOT = Path(os.environ.get("BOARDING_PASS_ROOT", "/srv/ferry/boarding-passes"))

router = APIRouter(prefix="/account/bookings", tags=["documents"])


def _document_path(booking_ref: str, document: str) -> Path:
    booking_dir = PASS_ROOT / booking_ref.upper()
    return booking_dir / document


@router.get("/{booking_ref}/documents")
def list_documents(booking_ref: str, customer: Customer = Depends(current_customer)):
    if not booking_belongs_to(booking_ref, customer.id):
        raise HTTPException(404)
    booking_dir = PASS_ROOT / booking_ref.upper()
    if not booking_dir.is_dir():
        return {"documents": []}
    return {"documents": sorted(p.name for p in booking_dir.glob("*.pdf"))}


@router.get("/{booking_ref}/document")
def download_document(
    booking_ref: str,
    name: str = Query(..., description="file name as returned by the documents listing"),
    customer: Customer = Depends(current_customer),
):
    if not booking_belongs_to(booking_ref, customer.id):
        raise HTTPException(404)
    path = _document_path(booking_ref, name)
    if not path.is_file():
        raise HTTPException(404)
    return FileResponse(path, media_type="application/pdf", filename=path.name)
