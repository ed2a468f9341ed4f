"""Invoice downloads for customers paying by card or bank transfer (FastAPI)."""
from __future__ import annotations

from pathlib import Path
from typing import List

from fastapi import Depends, FastAPI, HTTPException, Query
from fastapi.responses import FileResponse

from .auth import current_customer
from .settings import settings

app = FastAPI(title="Rounds invoices")


class InvoiceStore:
    """Invoices are rendered nightly to <root>/<account_ref>/<invoice-number>.pdf."""

    def __init__(self, root: Path):
        self.root = root

    def folder_for(self, account_ref: str) -> Path:
        return self.root / account_ref

    def list_for(self, account_ref: str) -> List[str]:
        folder = self.folder_for(account_ref)
        if not folder.is_dir():
            return []
        return sorted(p.name for p in folder.glob("*.pdf"))

    def path_for(self, account_ref: str, filename: str) -> Path:
        return self.folder_for(account_ref) / filename


store = InvoiceStore(Path(settings.invoice_root))


@app.get("/invoices")
def list_invoices(customer=Depends(current_customer)):
    return {"invoices": store.list_for(customer.account_ref)}


@app.get("/invoices/download")
def download_invoice(
    file: str = Query(..., min_length=1, max_length=200),
    customer=Depends(current_customer),
):
    if not file.lower().endswith(".pdf"):
        raise HTTPException(status_code=400, detail="Only PDF invoices can be downloaded")
    path = store.path_for(customer.account_ref, file)
    if not path.is_file():
        raise HTTPException(status_code=404, detail="Invoice not found")
    return FileResponse(path, media_type="application/pdf", filename=path.name)
