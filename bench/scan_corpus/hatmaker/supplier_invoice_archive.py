"""Read access to scanned supplier invoices (felt hoods, straw, trimmings, ribbon).

Invoices are filed by the bookkeeping job as
``<INVOICE_ROOT>/<supplier>/<invoice file>.pdf``.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException, Query
from fastapi.responses import FileResponse

from .auth import require_staff

INVOICE_ROOT = Path(os.environ["INVOICE_ROOT"])
SUPPLIER_SLUG = re.compile(r"^[a-z0-9-]{2,40}$")

app = FastAPI(title="Supplier invoice archive")


def _supplier_dir(supplier: str) -> Path:
    if not SUPPLIER_SLUG.match(supplier):
        raise HTTPException(status_code=400, detail="Bad supplier")
    folder = INVOICE_ROOT / supplier
    if not folder.is_dir():
        raise HTTPException(status_code=404, detail="Unknown supplier")
    return folder


@app.get("/suppliers/{supplier}/invoices")
def list_invoices(supplier: str, _staff=Depends(require_staff)):
    folder = _supplier_dir(supplier)
    return {
        "supplier": supplier,
        "invoices": sorted(p.name for p in folder.glob("*.pdf")),
    }


@app.get("/suppliers/{supplier}/invoice")
def get_invoice(
    supplier: str,
    file: str = Query(..., min_length=5, max_length=200),
    _staff=Depends(require_staff),
):
    folder = _supplier_dir(supplier)
    if not file.lower().endswith(".pdf"):
        raise HTTPException(status_code=400, detail="Only PDF invoices are archived")
    target = folder / file
    if not target.is_file():
        raise HTTPException(status_code=404, detail="Invoice not found")
    return FileResponse(target, media_type="application/pdf", filename=target.name)
