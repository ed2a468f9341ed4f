"""Download endpoint for sealed documents and audit certificates."""
import os
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import FileResponse

from notary.auth import current_user
from notary.storage import audit_log

router = APIRouter(prefix="/documents", tags=["documents"])

STORAGE_ROOT = Path(os.environ.get("DOCUMENT_STORE", "/srv/notary/documents"))

MEDIA_TYPES = {
    ".pdf": "application/pdf",
    ".p7s": "application/pkcs7-signature",
    ".json": "application/json",
}


def _tenant_dir(user) -> Path:
    return STORAGE_ROOT / f"tenant-{user.tenant_id}"


@router.get("/file")
def download(name: str = Query(..., min_length=1, max_length=255), user=Depends(current_user)):
    target = _tenant_dir(user) / name
    if not target.is_file():
        raise HTTPException(404, "not found")
    media_type = MEDIA_TYPES.get(target.suffix.lower(), "application/octet-stream")
    audit_log.record(user_id=user.id, action="document.download", detail=name)
    return FileResponse(target, media_type=media_type, filename=target.name)
