"""Download of rental receipts (PDF) from the customer account page."""
import os
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from accounts.auth import Customer, current_customer

router = APIRouter(prefix="/rental/receipts")

RECEIPT_ROOT = Path(os.environ.get("RECEIPT_ROOT", "/srv/rental/receipts")).resolve()


def _receipt_path(customer_id: int, filename: str) -> Path:
    customer_dir = (RECEIPT_ROOT / str(customer_id)).resolve()
    candidate = (customer_dir / filename).resolve()
    if not candidate.is_relative_to(customer_dir) or candidate.suffix != ".pdf":
        raise HTTPException(status_code=404)
    return candidate


@router.get("/{filename}")
def download_receipt(filename: str, customer: Customer = Depends(current_customer)):
    path = _receipt_path(customer.id, filename)
    if not path.is_file():
        raise HTTPException(status_code=404)
    return FileResponse(path, media_type="application/pdf", filename=path.name)
