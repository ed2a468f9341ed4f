"""Download endpoint for cask provenance and charring certificates.

Every finished cask ships with a PDF certificate listing the forest of
origin, seasoning time and char level. Customers fetch them by the file
name shown on their delivery note.
"""
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from cooperage.auth import CustomerPrincipal, current_customer
from cooperage.settings import settings

router = APIRouter(prefix="/certificates")


def _customer_dir(customer_id: int) -> Path:
    return (Path(settings.certificate_root) / f"customer-{customer_id}").resolve()


def resolve_certificate(customer_id: int, requested: str) -> Path:
    base = _customer_dir(customer_id)
    candidate = (base / requested).resolve()
    if not candidate.is_relative_to(base) or candidate.suffix.lower() != ".pdf":
        raise HTTPException(status_code=404, detail="Certificate not found")
    if not candidate.is_file():
        raise HTTPException(status_code=404, detail="Certificate not found")
    return candidate


@router.get("/{filename}")
async def download_certificate(
    filename: str, customer: CustomerPrincipal = Depends(current_customer)
) -> FileResponse:
    path = resolve_certificate(customer.customer_id, filename)
    return FileResponse(path, media_type="application/pdf", filename=path.name)


@router.get("/")
async def list_certificates(customer: CustomerPrincipal = Depends(current_customer)) -> dict:
    base = _customer_dir(customer.customer_id)
    if not base.is_dir():
        return {"certificates": []}
    return {"certificates": sorted(p.name for p in base.glob("*.pdf"))}
