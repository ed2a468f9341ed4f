"""Customer app: download of agreements, statements and payoff letters."""
import os

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import FileResponse

from bnpl.app.auth import current_customer
from bnpl.config import settings

router = APIRouter(prefix="/app/v1", tags=["documents"])

_MEDIA_TYPES = {".pdf": "application/pdf", ".html": "text/html", ".csv": "text/csv"}


def _customer_dir(customer_id: int) -> str:
    return os.path.join(settings.DOCUMENTS_ROOT, "customers", str(customer_id))


@router.get("/documents")
def list_documents(customer=Depends(current_customer)):
    base = _customer_dir(customer.id)
    if not os.path.isdir(base):
        return {"documents": []}
    return {"documents": sorted(os.listdir(base))}


@router.get("/documents/download")
def download_document(name: str = Query(..., max_length=200), customer=Depends(current_customer)):
    path = os.path.join(_customer_dir(customer.id), name)
    if not os.path.isfile(path):
        raise HTTPException(status_code=404, detail="document not found")
    media_type = _MEDIA_TYPES.get(os.path.splitext(path)[1].lower(), "application/octet-stream")
    return FileResponse(path, media_type=media_type, filename=os.path.basename(path))
