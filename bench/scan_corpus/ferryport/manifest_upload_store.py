"""Store pre-departure vehicle manifests uploaded by coach operators."""

from __future__ import annotations

import os
import re
import uuid
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, UploadFile
from pydantic import BaseModel

from .auth import OperatorPrincipal, require_operator

router = APIRouter(prefix="/coach-manifests")

VOYAGE_ID_RE = re.compile(r"^[A-Z]{3}\d{4}[A-Z]?$")
STORE_ROOT = Path(os.environ.get("COACH_MANIFEST_ROOT", "/var/lib/coach-manifests"))
EXTENSIONS = {"text/csv": ".csv", "application/xml": ".xml", "text/xml": ".xml"}


class StoredManifest(BaseModel):
    voyage_id: str
    stored_name: str
    original_name: str
    size: int


def _storage_name(content_type: str | None) -> str:
    ext = EXTENSIONS.get(content_type or "")
    if ext is None:
        raise HTTPException(status_code=415, detail="manifest must be CSV or XML")
    return f"{uuid.uuid4().hex}{ext}"


@router.post("/{voyage_id}", response_model=StoredManifest)
async def upload(voyage_id: str, file: UploadFile,
                 operator: OperatorPrincipal = Depends(require_operator)) -> StoredManifest:
    if not VOYAGE_ID_RE.fullmatch(voyage_id):
        raise HTTPException(status_code=422, detail="invalid voyage id")
    folder = STORE_ROOT / voyage_id
    folder.mkdir(parents=True, exist_ok=True)
    stored_name = _storage_name(file.content_type)
    data = await file.read()
    (folder / stored_name).write_bytes(data)
    return StoredManifest(
        voyage_id=voyage_id,
        stored_name=stored_name,
        original_name=os.path.basename(file.filename or "manifest"),
        size=len(data),
    )
