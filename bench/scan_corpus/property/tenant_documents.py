"""Tenant portal: list and download documents attached to a tenant's lease."""
import os
from datetime import datetime

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from .deps import PortalUser, current_user

router = APIRouter(prefix="/portal/documents", tags=["documents"])

DOCUMENT_ROOT = os.environ.get("TENANT_DOC_ROOT", "/srv/portal/documents")


def _tenant_dir(tenant_id: int) -> str:
    return os.path.join(DOCUMENT_ROOT, str(tenant_id))


@router.get("")
def list_documents(user: PortalUser = Depends(current_user)):
    folder = _tenant_dir(user.tenant_id)
    if not os.path.isdir(folder):
        return []
    entries = []
    for name in sorted(os.listdir(folder)):
        stat = os.stat(os.path.join(folder, name))
        entries.append(
            {
                "name": name,
                "size": stat.st_size,
                "uploaded": datetime.fromtimestamp(stat.st_mtime).isoformat(),
            }
        )
    return entries


@router.get("/{filename:path}")
def download_document(filename: str, user: PortalUser = Depends(current_user)):
    path = os.path.join(_tenant_dir(user.tenant_id), filename)
    if not os.path.isfile(path):
        raise HTTPException(status_code=404, detail="document not found")
    return FileResponse(path, filename=os.path.basename(path))
