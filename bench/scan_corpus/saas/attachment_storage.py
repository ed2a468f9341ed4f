"""Local-disk storage backend for ticket attachments (used by self-hosted installs)."""
import os
import uuid
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, UploadFile
from fastapi.responses import FileResponse

from app.auth import current_member

router = APIRouter(prefix="/attachments")
STORAGE_ROOT = Path(os.environ.get("ATTACHMENT_ROOT", "/var/lib/helpdesk/attachments")).resolve()


def _tenant_root(tenant_id: int) -> Path:
    return STORAGE_ROOT / str(int(tenant_id))


def _safe_path(tenant_id: int, name: str) -> Path:
    root = _tenant_root(tenant_id)
    candidate = (root / name).resolve()
    if not candidate.is_relative_to(root):
        raise HTTPException(status_code=404)
    return candidate


@router.post("")
async def upload(file: UploadFile, member=Depends(current_member)):
    root = _tenant_root(member.tenant_id)
    root.mkdir(parents=True, exist_ok=True)
    stored_name = f"{uuid.uuid4().hex}{Path(file.filename or '').suffix[:10]}"
    with open(root / stored_name, "wb") as fh:
        while chunk := await file.read(1024 * 1024):
            fh.write(chunk)
    return {"name": stored_name}


@router.get("/{name}")
def download(name: str, member=Depends(current_member)):
    path = _safe_path(member.tenant_id, name)
    if not path.is_file():
        raise HTTPException(status_code=404)
    return FileResponse(path, filename=path.name)
