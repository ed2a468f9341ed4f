"""Download endpoint for documents attached to a claim.

Documents are stored on the shared claims volume as
``<DOCS_ROOT>/<claim number>/<file name>``.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import FileResponse

from claims.auth import current_handler, handler_can_view

router = APIRouter(prefix="/claims", tags=["documents"])

DOCS_ROOT = Path(os.environ.get("CLAIM_DOCS_ROOT", "/srv/claims/docs"))
CLAIM_NUMBER_RE = re.compile(r"^[A-Z]{2}\d{8}$")


def _document_path(claim_number: str, name: str) -> Path:
    return DOCS_ROOT / claim_number / name


@router.get("/{claim_number}/documents")
def download_document(claim_number: str, name: str = Query(..., min_length=1), handler=Depends(current_handler)):
    if not CLAIM_NUMBER_RE.match(claim_number):
        raise HTTPException(status_code=400, detail="invalid claim number")
    if not handler_can_view(handler, claim_number):
        raise HTTPException(status_code=403, detail="not your claim")
    path = _document_path(claim_number, name)
    if not path.is_file():
        raise HTTPException(status_code=404, detail="document not found")
    return FileResponse(path, filename=path.name)


@router.get("/{claim_number}/documents/index")
def list_documents(claim_number: str, handler=Depends(current_handler)) -> list[str]:
    if not CLAIM_NUMBER_RE.match(claim_number) or not handler_can_view(handler, claim_number):
        raise HTTPException(status_code=404, detail="not found")
    folder = DOCS_ROOT / claim_number
    return sorted(p.name for p in folder.iterdir() if p.is_file()) if folder.is_dir() else []
