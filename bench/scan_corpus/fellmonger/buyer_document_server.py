"""Serves contract and certificate documents that tanneries download from the portal."""
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from fellmonger.portal.auth import BuyerPrincipal, current_buyer
from fellmonger.settings import PORTAL_DOCUMENT_ROOT

router = APIRouter(prefix="/portal/documents")

DOCUMENT_ROOT = Path(PORTAL_DOCUMENT_ROOT).resolve()
ALLOWED_SUFFIXES = {".pdf", ".csv", ".xlsx"}


class DocumentNotFound(HTTPException):
    def __init__(self):
        super().__init__(status_code=404, detail="document not found")


def tannery_folder(tannery_id: int) -> Path:
    return (DOCUMENT_ROOT / f"tannery-{tannery_id}").resolve()


def resolve_document(tannery_id: int, relative_name: str) -> Path:
    base = tannery_folder(tannery_id)
    candidate = (base / relative_name).resolve()
    if not candidate.is_relative_to(base):
        raise DocumentNotFound()
    if candidate.suffix.lower() not in ALLOWED_SUFFIXES or not candidate.is_file():
        raise DocumentNotFound()
    return candidate


@router.get("/")
async def list_documents(principal: BuyerPrincipal = Depends(current_buyer)):
    base = tannery_folder(principal.tannery_id)
    if not base.is_dir():
        return {"documents": []}
    files = [
        str(p.relative_to(base))
        for p in base.rglob("*")
        if p.is_file() and p.suffix.lower() in ALLOWED_SUFFIXES
    ]
    return {"documents": sorted(files)}


@router.get("/{relative_name:path}")
async def download_document(relative_name: str, principal: BuyerPrincipal = Depends(current_buyer)):
    path = resolve_document(principal.tannery_id, relative_name)
    return FileResponse(path, filename=path.name)
