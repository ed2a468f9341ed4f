"""Boutique and B2B customers download the certificate of a finished batch."""
from __future__ import annotations

import os
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from shop.auth import Customer, current_customer
from shop.orders import customer_owns_batch

router = APIRouter(prefix="/certificates", tags=["certificates"])


class CertificateLibrary:
    """Certificates are stored as ``<root>/<batch_number>/<document>``."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def locate(self, batch_number: str, document: str) -> Path:
        return self.root / batch_number / document

    def listing(self, batch_number: str) -> list[str]:
        folder = self.root / batch_number
        return sorted(p.name for p in folder.glob("*.pdf")) if folder.is_dir() else []


library = CertificateLibrary(Path(os.environ.get("CERTIFICATE_ROOT", "/srv/certificates")))


@router.get("/{batch_number}")
def list_documents(batch_number: str, customer: Customer = Depends(current_customer)):
    if not customer_owns_batch(customer, batch_number):
        raise HTTPException(status_code=404)
    return {"batch_number": batch_number, "documents": library.listing(batch_number)}


@router.get("/{batch_number}/download")
def download(batch_number: str, document: str, customer: Customer = Depends(current_customer)):
    if not customer_owns_batch(customer, batch_number):
        raise HTTPException(status_code=404)
    path = library.locate(batch_number, document)
    if not path.is_file():
        raise HTTPException(status_code=404)
    return FileResponse(path, media_type="application/pdf", filename=path.name)
