"""Crew document endpoints: upload and download certificate scans."""
from __future__ import annotations

import os
import uuid

from fastapi import APIRouter, Depends, HTTPException, UploadFile
from fastapi.responses import FileResponse

from marina.api.deps import current_user, require_crew_access
from marina.config import settings

router = APIRouter(prefix="/crew/{crew_id}/documents", tags=["crew"])

CERT_ROOT = settings.CREW_DOCUMENT_ROOT
ALLOWED_SUFFIXES = (".pdf", ".jpg", ".jpeg", ".png")
MAX_BYTES = 10 * 1024 * 1024


def _crew_dir(crew_id: int) -> str:
    path = os.path.join(CERT_ROOT, str(crew_id))
    os.makedirs(path, exist_ok=True)
    return path


@router.post("")
async def upload_document(crew_id: int, file: UploadFile, user=Depends(current_user)):
    require_crew_access(user, crew_id)
    suffix = os.path.splitext(file.filename or "")[1].lower()
    if suffix not in ALLOWED_SUFFIXES:
        raise HTTPException(400, "unsupported file type")
    data = await file.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise HTTPException(413, "file too large")
    stored_name = f"{uuid.uuid4().hex}{suffix}"
    with open(os.path.join(_crew_dir(crew_id), stored_name), "wb") as fh:
        fh.write(data)
    return {"name": stored_name}


@router.get("/file")
def download_document(crew_id: int, name: str, user=Depends(current_user)):
    require_crew_access(user, crew_id)
    if not name.lower().endswith(ALLOWED_SUFFIXES):
        raise HTTPException(404)
    path = os.path.join(_crew_dir(crew_id), name)
    if not os.path.isfile(path):
        raise HTTPException(404)
    return FileResponse(path)


@router.get("")
def list_documents(crew_id: int, user=Depends(current_user)):
    require_crew_access(user, crew_id)
    return sorted(os.listdir(_crew_dir(crew_id)))
