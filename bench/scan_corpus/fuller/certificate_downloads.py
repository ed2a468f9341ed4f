"""Download of test certificates (shrinkage, rub fastness, pilling) per lot.

The lab uploads certificates into a per-customer folder tree; buyers fetch
them from the portal by relative path as shown in their order history.
"""
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from .auth import current_buyer
from .settings import settings

router = APIRouter(prefix="/certificates")

CERT_ROOT = Path(settings.certificate_root).resolve()


def _customer_root(customer_code: str) -> Path:
    return (CERT_ROOT / customer_code).resolve()


def resolve_certificate(customer_code: str, relative: str) -> Path:
    base = _customer_root(customer_code)
    candidate = (base / relative).resolve()
    if not candidate.is_relative_to(base):
        raise HTTPException(status_code=404, detail="certificate not found")
    if candidate.suffix.lower() != ".pdf" or not candidate.is_file():
        raise HTTPException(status_code=404, detail="certificate not found")
    return candidate


@router.get("/list")
def list_certificates(buyer=Depends(current_buyer)):
    base = _customer_root(buyer.customer_code)
    if not base.is_dir():
        return []
    return [
        {"path": str(p.relative_to(base)), "size": p.stat().st_size}
        for p in sorted(base.rglob("*.pdf"))
    ]


@router.get("/file/{relative:path}")
def download_certificate(relative: str, buyer=Depends(current_buyer)):
    path = resolve_certificate(buyer.customer_code, relative)
    return FileResponse(path, media_type="application/pdf", filename=path.name)
