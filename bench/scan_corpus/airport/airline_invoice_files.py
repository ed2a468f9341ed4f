"""Airline portal API: download of issued invoices."""
import os
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from portal.auth import AirlineUser, current_airline_user

router = APIRouter(prefix="/invoices")

INVOICE_ROOT = Path(os.environ.get("INVOICE_ROOT", "/srv/billing/invoices"))


def _resolve_invoice(airline_code: str, year: int, filename: str) -> Path:
    airline_dir = (INVOICE_ROOT / airline_code).resolve()
    candidate = (airline_dir / str(year) / filename).resolve()
    if not candidate.is_relative_to(airline_dir) or candidate.suffix.lower() != ".pdf":
        raise HTTPException(status_code=404, detail="invoice not found")
    if not candidate.is_file():
        raise HTTPException(status_code=404, detail="invoice not found")
    return candidate


@router.get("/{year}")
def list_invoices(year: int, user: AirlineUser = Depends(current_airline_user)):
    folder = INVOICE_ROOT / user.airline_code / str(year)
    return {"files": sorted(p.name for p in folder.glob("*.pdf")) if folder.is_dir() else []}


@router.get("/{year}/{filename}")
def download_invoice(year: int, filename: str, user: AirlineUser = Depends(current_airline_user)):
    path = _resolve_invoice(user.airline_code, year, filename)
    return FileResponse(path, media_type="application/pdf", filename=path.name)
