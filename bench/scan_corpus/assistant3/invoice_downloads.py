"""Serve generated invoice PDFs to the billing portal."""
from __future__ import annotations

import os

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import FileResponse

from .auth import require_billing_user

router = APIRouter(prefix="/invoices", dependencies=[Depends(require_billing_user)])

INVOICE_DIR = os.environ.get("INVOICE_DIR", "/srv/billing/invoices")


@router.get("/download")
def download_invoice(name: str = Query(..., min_length=1)) -> FileResponse:
    path = os.path.join(INVOICE_DIR, name)
    if not os.path.isfile(path):
        raise HTTPException(status_code=404, detail="invoice not found")
    return FileResponse(path, media_type="application/pdf", filename=os.path.basename(path))
