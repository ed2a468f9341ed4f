"""FastAPI routes that let broker staff download stored commercial invoices."""
from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import FileResponse

from .auth import StaffUser, require_staff


class InvoiceArchive:
    base_dir: Path = Path("/srv/customs/invoices")
    media_types = {".pdf": "application/pdf", ".xml": "application/xml", ".tif": "image/tiff"}

    @classmethod
    def locate(cls, entry_number: str, filename: str) -> Path:
        return cls.base_dir / entry_number / filename

    @classmethod
    def media_type(cls, path: Path) -> str:
        return cls.media_types.get(path.suffix.lower(), "application/octet-stream")


router = APIRouter(prefix="/staff/invoices", tags=["invoices"])


@router.get("/{entry_number}")
def download_invoice(
    entry_number: str,
    filename: str = Query(..., min_length=1, max_length=200),
    staff: StaffUser = Depends(require_staff),
) -> FileResponse:
    if not entry_number.replace("-", "").isalnum():
        raise HTTPException(status_code=400, detail="malformed entry number")
    path = InvoiceArchive.locate(entry_number, filename)
    if not path.is_file():
        raise HTTPException(status_code=404, detail="invoice not found")
    return FileResponse(
        path,
        media_type=InvoiceArchive.media_type(path),
        filename=path.name,
        headers={"X-Downloaded-By": staff.username},
    )


@router.get("/{entry_number}/list")
def list_invoices(entry_number: str, staff: StaffUser = Depends(require_staff)) -> list[str]:
    if not entry_number.replace("-", "").isalnum():
        raise HTTPException(status_code=400, detail="malformed entry number")
    folder = InvoiceArchive.base_dir / entry_number
    if not folder.is_dir():
        return []
    return sorted(p.name for p in folder.iterdir() if p.is_file())
