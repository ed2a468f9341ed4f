"""Vendor self-service: download pitch-fee invoices and settlement statements."""
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import FileResponse

from .auth import VendorPrincipal, current_vendor
from .config import get_settings

router = APIRouter(prefix="/vendor/documents", tags=["vendor"])


def _vendor_dir(vendor: VendorPrincipal) -> Path:
    return Path(get_settings().documents_root) / "vendors" / str(vendor.id)


@router.get("")
def list_documents(vendor: VendorPrincipal = Depends(current_vendor)):
    folder = _vendor_dir(vendor)
    if not folder.is_dir():
        return {"documents": []}
    return {"documents": sorted(p.name for p in folder.iterdir() if p.is_file())}


@router.get("/download")
def download_document(
    name: str = Query(..., min_length=1, max_length=200),
    vendor: VendorPrincipal = Depends(current_vendor),
):
    target = _vendor_dir(vendor) / name
    if not target.is_file():
        raise HTTPException(status_code=404, detail="Document not found")
    media = "application/pdf" if target.suffix.lower() == ".pdf" else "text/csv"
    return FileResponse(target, media_type=media, filename=target.name)
