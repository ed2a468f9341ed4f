"""Serves generated invoice PDFs to club treasurers."""
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from .auth import current_treasurer

INVOICE_ROOT = Path("/srv/fletching/invoices").resolve()

router = APIRouter(prefix="/treasurer/invoices")


def invoice_path(club_code: str, relative: str) -> Path:
    club_root = (INVOICE_ROOT / club_code).resolve()
    candidate = (club_root / relative).resolve()
    if not candidate.is_relative_to(club_root) or candidate.suffix.lower() != ".pdf":
        raise HTTPException(status_code=404)
    return candidate


@router.get("/{year}")
def list_invoices(year: int, treasurer=Depends(current_treasurer)):
    folder = INVOICE_ROOT / treasurer.club_code / str(year)
    if not folder.is_dir():
        return []
    return [{"file": p.name, "bytes": p.stat().st_size} for p in sorted(folder.glob("*.pdf"))]


@router.get("/{year}/{filename:path}")
def download_invoice(year: int, filename: str, treasurer=Depends(current_treasurer)):
    path = invoice_path(treasurer.club_code, f"{year}/{filename}")
    if not path.is_file():
        raise HTTPException(status_code=404)
    return FileResponse(path, media_type="application/pdf", filename=path.name)
