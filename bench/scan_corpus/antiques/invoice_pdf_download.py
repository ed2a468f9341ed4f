"""FastAPI route letting buyers download their invoices and packing lists."""
from __future__ import annotations

import os
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from storefront.auth import current_buyer_id

router = APIRouter(prefix="/account/documents", tags=["documents"])


class DocumentStoreSettings:
    root = Path(os.environ.get("BUYER_DOCUMENT_ROOT", "/srv/storefront/buyer-documents"))
    allowed_suffixes = {".pdf"}


def resolve_document(buyer_id: str, filename: str,
                     settings: type[DocumentStoreSettings] = DocumentStoreSettings) -> Path:
    buyer_root = (settings.root / buyer_id).resolve()
    candidate = (buyer_root / filename).resolve()
    if not candidate.is_relative_to(buyer_root):
        raise HTTPException(status_code=404, detail="document not found")
    if candidate.suffix.lower() not in settings.allowed_suffixes or not candidate.is_file():
        raise HTTPException(status_code=404, detail="document not found")
    return candidate


@router.get("/{filename}")
def download_document(filename: str, buyer_id: str = Depends(current_buyer_id)) -> FileResponse:
    path = resolve_document(buyer_id, filename)
    return FileResponse(path, media_type="application/pdf", filename=path.name)


@router.get("")
def list_documents(buyer_id: str = Depends(current_buyer_id)) -> dict[str, list[str]]:
    buyer_root = DocumentStoreSettings.root / buyer_id
    if not buyer_root.is_dir():
        return {"documents": []}
    names = sorted(p.name for p in buyer_root.iterdir() if p.suffix.lower() == ".pdf")
    return {"documents": names}
