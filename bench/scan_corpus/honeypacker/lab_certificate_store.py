"""Storage of certificates of analysis (CoA) from the external residue lab.

Each certificate is kept as a PDF on the shared volume; QC staff can list,
download and remove superseded certificates.
"""
from __future__ import annotations

import os
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, UploadFile
from fastapi.responses import FileResponse

from .auth import require_qc_staff

router = APIRouter(prefix="/coa", dependencies=[Depends(require_qc_staff)])


class CertificateStore:
    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)

    def _path_for(self, name: str) -> Path:
        return self.root / name

    def list(self) -> list[str]:
        return sorted(p.name for p in self.root.glob("*.pdf"))

    def save(self, batch_code: str, data: bytes) -> str:
        if not batch_code.isalnum():
            raise ValueError("batch code must be alphanumeric")
        name = f"{batch_code.upper()}.pdf"
        (self.root / name).write_bytes(data)
        return name

    def open(self, name: str) -> Path:
        path = self._path_for(name)
        if not path.is_file():
            raise FileNotFoundError(name)
        return path

    def remove(self, name: str) -> None:
        self._path_for(name).unlink()


store = CertificateStore(os.environ.get("COA_STORAGE_DIR", "/srv/honeypacker/coa"))


@router.get("/")
def list_certificates() -> dict:
    return {"certificates": store.list()}


@router.post("/{batch_code}", status_code=201)
async def upload_certificate(batch_code: str, file: UploadFile) -> dict:
    if file.content_type != "application/pdf":
        raise HTTPException(415, "certificate must be a PDF")
    try:
        name = store.save(batch_code, await file.read())
    except ValueError as exc:
        raise HTTPException(400, str(exc)) from exc
    return {"stored": name}


@router.get("/{name:path}")
def download_certificate(name: str) -> FileResponse:
    try:
        return FileResponse(store.open(name), media_type="application/pdf")
    except FileNotFoundError:
        raise HTTPException(404, "no such certificate")


@router.delete("/{name:path}", status_code=204)
def delete_certificate(name: str) -> None:
    try:
        store.remove(name)
    except FileNotFoundError:
        raise HTTPException(404, "no such certificate")
