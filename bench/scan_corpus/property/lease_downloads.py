"""Tenant portal: download signed leases and notices stored on the shared volume."""
import os
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from .deps import PortalUser, current_user

router = APIRouter(prefix="/portal/leases", tags=["documents"])

LEASE_ROOT = Path(os.environ.get("TENANT_DOC_ROOT", "/srv/portal/documents")).resolve()


def _resolve_document(tenant_id: int, filename: str) -> Path:
    tenant_dir = (LEASE_ROOT / str(tenant_id)).resolve()
    candidate = (tenant_dir / filename).resolve()
    if not candidate.is_relative_to(tenant_dir):
        raise HTTPException(status_code=404, detail="document not found")
    return candidate


@router.get("/{filename:path}")
def download(filename: str, user: PortalUser = Depends(current_user)):
    path = _resolve_document(user.tenant_id, filename)
    if not path.is_file():
        raise HTTPException(status_code=404, detail="document not found")
    media_type = "application/pdf" if path.suffix.lower() == ".pdf" else "application/octet-stream"
    return FileResponse(path, filename=path.name, media_type=media_type)
