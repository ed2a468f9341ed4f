"""Download endpoint for documents attached to a permit application."""
import os

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from permits.auth import current_resident
from permits.repo import get_permit_for_resident

router = APIRouter(prefix="/permits")

DOCS_ROOT = os.environ.get("PERMIT_DOCS_ROOT", "/srv/permits/documents")


@router.get("/{permit_id}/document")
def download_document(permit_id: int, name: str, resident=Depends(current_resident)):
    permit = get_permit_for_resident(permit_id, resident.id)
    if permit is None:
        raise HTTPException(status_code=404)
    path = os.path.join(DOCS_ROOT, str(permit.id), name)
    if not os.path.isfile(path):
        raise HTTPException(status_code=404)
    return FileResponse(path, filename=os.path.basename(path))
