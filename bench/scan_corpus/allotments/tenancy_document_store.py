"""Storage for signed tenancy agreements and related letters.

The lettings officer uploads scanned agreements; staff can later retrieve
them by name from the tenancy's folder.
"""
from __future__ import annotations

import uuid
from datetime import datetime
from pathlib import Path

from fastapi import APIRouter, Depends, File, HTTPException, UploadFile
from fastapi.responses import Response

from .auth import require_staff
from .settings import settings

router = APIRouter(prefix="/tenancies/{tenancy_no}/documents", dependencies=[Depends(require_staff)])

ALLOWED_TYPES = {"application/pdf": ".pdf", "image/jpeg": ".jpg", "image/png": ".png"}


class DocumentStore:
    def __init__(self, root: Path) -> None:
        self._root = root

    def folder(self, tenancy_no: str) -> Path:
        if not tenancy_no.isalnum():
            raise HTTPException(status_code=400, detail="invalid tenancy number")
        folder = self._root / tenancy_no
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def _path_for(self, tenancy_no: str, name: str) -> Path:
        return self.folder(tenancy_no) / name

    def save(self, tenancy_no: str, content_type: str, data: bytes) -> str:
        suffix = ALLOWED_TYPES[content_type]
        name = f"{datetime.now():%Y%m%d}-{uuid.uuid4().hex}{suffix}"
        (self.folder(tenancy_no) / name).write_bytes(data)
        return name

    def read(self, tenancy_no: str, name: str) -> bytes:
        path = self._path_for(tenancy_no, name)
        if not path.is_file():
            raise HTTPException(status_code=404)
        with open(path, "rb") as fh:
            return fh.read()


store = DocumentStore(Path(settings.document_root))


@router.post("", status_code=201)
async def upload(tenancy_no: str, file: UploadFile = File(...)):
    if file.content_type not in ALLOWED_TYPES:
        raise HTTPException(status_code=415, detail="PDF, JPEG or PNG only")
    data = await file.read()
    if len(data) > 10 * 1024 * 1024:
        raise HTTPException(status_code=413)
    return {"name": store.save(tenancy_no, file.content_type, data)}


@router.get("/{name:path}")
def download(tenancy_no: str, name: str):
    data = store.read(tenancy_no, name)
    media = "application/pdf" if name.endswith(".pdf") else "image/*"
    return Response(content=data, media_type=media)
