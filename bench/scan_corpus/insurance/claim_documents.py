"""Download endpoint for documents attached to a claim (photos, invoices, reports)."""
import os

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import FileResponse

from claims.auth import Adjuster, current_adjuster
from claims.permissions import ensure_can_view_claim

router = APIRouter(prefix="/claims", tags=["documents"])

STORAGE_ROOT = os.environ.get("CLAIM_DOCS_ROOT", "/srv/claims/documents")


@router.get("/{claim_id}/documents")
def list_documents(claim_id: int, user: Adjuster = Depends(current_adjuster)) -> list[str]:
    ensure_can_view_claim(user, claim_id)
    folder = os.path.join(STORAGE_ROOT, str(claim_id))
    if not os.path.isdir(folder):
        return []
    return sorted(os.listdir(folder))


@router.get("/{claim_id}/documents/download")
def download_document(
    claim_id: int,
    name: str = Query(..., min_length=1),
    user: Adjuster = Depends(current_adjuster),
) -> FileResponse:
    ensure_can_view_claim(user, claim_id)
    path = os.path.join(STORAGE_ROOT, str(claim_id), name)
    if not os.path.isfile(path):
        raise HTTPException(status_code=404, detail="document not found")
    return FileResponse(path, filename=os.path.basename(path))
