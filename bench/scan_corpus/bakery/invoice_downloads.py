"""Invoice and delivery-note PDFs for logged-in wholesale customers."""
import os
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import FileResponse

from .auth import current_customer

router = APIRouter(prefix="/documents", tags=["billing"])

DOCUMENT_ROOT = Path(os.environ.get("CUSTOMER_DOCS_ROOT", "/srv/bakery/customer-docs")).resolve()


def resolve_document(customer_no: str, name: str) -> Path:
    customer_dir = (DOCUMENT_ROOT / customer_no).resolve()
    candidate = (customer_dir / name).resolve()
    if not candidate.is_relative_to(customer_dir) or candidate.suffix.lower() != ".pdf":
        raise HTTPException(status_code=404, detail="document not found")
    return candidate


@router.get("/download")
def download_document(name: str = Query(..., max_length=120), customer=Depends(current_customer)):
    path = resolve_document(customer.account_no, name)
    if not path.is_file():
        raise HTTPException(status_code=404, detail="document not found")
    return FileResponse(path, media_type="application/pdf", filename=path.name)
