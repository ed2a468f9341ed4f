"""Lets signed-in customers download their hire invoices as PDF."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException, Query
from fastapi.responses import FileResponse
from pydantic_settings import BaseSettings

from .auth import Customer, current_customer


class InvoiceSettings(BaseSettings):
    invoice_root: str = "/srv/yurthire/invoices"
    download_cache_seconds: int = 300

    @property
    def invoice_dir(self) -> Path:
        return Path(self.invoice_root)

    def customer_dir(self, customer_id: int) -> Path:
        return self.invoice_dir / str(customer_id)


@lru_cache
def get_settings() -> InvoiceSettings:
    return InvoiceSettings()


app = FastAPI(title="yurthire invoices")


@app.get("/invoices")
def list_invoices(
    customer: Customer = Depends(current_customer),
    settings: InvoiceSettings = Depends(get_settings),
):
    folder = settings.customer_dir(customer.id)
    if not folder.is_dir():
        return []
    return sorted(p.name for p in folder.glob("*.pdf"))


@app.get("/invoices/download")
def download_invoice(
    name: str = Query(..., min_length=5, max_length=200),
    customer: Customer = Depends(current_customer),
    settings: InvoiceSettings = Depends(get_settings),
):
    if not name.lower().endswith(".pdf"):
        raise HTTPException(status_code=400, detail="invoices are PDF files")
    target = settings.customer_dir(customer.id) / name
    if not target.is_file():
        raise HTTPException(status_code=404, detail="invoice not found")
    return FileResponse(
        target,
        media_type="application/pdf",
        filename=target.name,
        headers={"Cache-Control": f"private, max-age={settings.download_cache_seconds}"},
    )
