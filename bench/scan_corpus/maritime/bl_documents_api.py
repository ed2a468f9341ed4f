"""Download endpoint for bill of lading PDFs (original, seaway and draft BLs)."""
import os

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import FileResponse

from blportal.auth import User, current_user

router = APIRouter(prefix="/documents")

BL_ROOT = os.environ.get("BL_DOCUMENT_ROOT", "/srv/bl-documents")


@router.get("/bl/{carrier}")
def download_bl(
    carrier: str,
    name: str = Query(..., description="document file name, e.g. MAEU123456789.pdf"),
    user: User = Depends(current_user),
):
    if carrier not in user.carriers:
        raise HTTPException(status_code=403, detail="no access to this carrier's documents")
    path = os.path.join(BL_ROOT, carrier, name)
    if not os.path.isfile(path):
        raise HTTPException(status_code=404, detail="document not found")
    return FileResponse(path, media_type="application/pdf", filename=os.path.basename(path))


@router.get("/bl/{carrier}/index")
def list_bls(carrier: str, user: User = Depends(current_user)) -> list[str]:
    if carrier not in user.carriers:
        raise HTTPException(status_code=403, detail="no access to this carrier's documents")
    folder = os.path.join(BL_ROOT, carrier)
    if not os.path.isdir(folder):
        return []
    return sorted(f for f in os.listdir(folder) if f.endswith(".pdf"))
