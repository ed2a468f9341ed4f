"""Driver app API: download monthly invoice PDFs."""
from __future__ import annotations

import os
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException, Query
from fastapi.responses import FileResponse

from driver_api.auth import Driver, current_driver

INVOICE_ROOT = Path(os.environ.get("VG_INVOICE_ROOT", "/srv/voltgrid/invoices")).resolve()

app = FastAPI(title="VoltGrid Driver Invoices")


def _driver_root(driver: Driver) -> Path:
    return (INVOICE_ROOT / f"driver-{driver.id:08d}").resolve()


def _resolve_invoice(driver: Driver, filename: str) -> Path:
    root = _driver_root(driver)
    candidate = (root / filename).resolve()
    if not candidate.is_relative_to(root) or candidate.suffix.lower() != ".pdf":
        raise HTTPException(status_code=404, detail="invoice not found")
    if not candidate.is_file():
        raise HTTPException(status_code=404, detail="invoice not found")
    return candidate


@app.get("/v1/invoices")
def list_invoices(driver: Driver = Depends(current_driver)) -> dict:
    root = _driver_root(driver)
    if not root.is_dir():
        return {"invoices": []}
    return {"invoices": sorted(p.name for p in root.glob("*.pdf"))}


@app.get("/v1/invoices/file")
def download_invoice(
    name: str = Query(..., max_length=80),
    driver: Driver = Depends(current_driver),
) -> FileResponse:
    path = _resolve_invoice(driver, name)
    return FileResponse(path, media_type="application/pdf", filename=path.name)
