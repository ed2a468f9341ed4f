"""Vendor portal: settlement statements and pitch-fee invoices."""
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import FileResponse

from .auth import VendorPrincipal, current_vendor
from .config import get_settings

router = APIRouter(prefix="/vendor/statements", tags=["vendor"])

ALLOWED_SUFFIXES = {".pdf": "application/pdf", ".csv": "text/csv"}


def _vendor_dir(vendor: VendorPrincipal) -> Path:
    return (Path(get_settings().documents_root) / "vendors" / str(vendor.id)).resolve()


def _resolve_document(vendor: VendorPrincipal, name: str) -> Path:
    base = _vendor_dir(vendor)
    candidate = (base / name).resolve()
    if not candidate.is_relative_to(base) or candidate.suffix.lower() not in ALLOWED_SUFFIXES:
        raise HTTPException(status_code=404, detail="Document not found")
    return candidate


@router.get("/download")
def download_statement(
    name: str = Query(..., min_length=1, max_length=200),
    vendor: VendorPrincipal = Depends(current_vendor),
):
    target = _resolve_document(vendor, name)
    if not target.is_file():
        raise HTTPException(status_code=404, detail="Document not found")
    return FileResponse(target, media_type=ALLOWED_SUFFIXES[target.suffix.lower()], filename=target.name)
