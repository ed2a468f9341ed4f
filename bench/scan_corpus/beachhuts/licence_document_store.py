"""Storage for documents licence holders upload (insurance certificates, ID, permits)."""

from __future__ import annotations

import shutil
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, UploadFile
from fastapi.responses import FileResponse

from .auth import CurrentOwner, current_owner
from .settings import settings

router = APIRouter(prefix="/documents", tags=["documents"])

ALLOWED_SUFFIXES = {".pdf", ".jpg", ".jpeg", ".png"}


class DocumentStore:
    def __init__(self, root: Path):
        self.root = root

    def folder(self, licence_number: str) -> Path:
        path = self.root / licence_number
        path.mkdir(parents=True, exist_ok=True)
        return path

    def path_for(self, licence_number: str, name: str) -> Path:
        return self.folder(licence_number) / name

    def save(self, licence_number: str, upload: UploadFile, stored_name: str) -> Path:
        target = self.folder(licence_number) / stored_name
        with target.open("wb") as fh:
            shutil.copyfileobj(upload.file, fh)
        return target

    def delete(self, licence_number: str, name: str) -> bool:
        path = self.path_for(licence_number, name)
        if not path.is_file():
            return False
        path.unlink()
        return True


store = DocumentStore(Path(settings.document_root))


@router.post("", status_code=201)
def upload(file: UploadFile, owner: CurrentOwner = Depends(current_owner)) -> dict:
    suffix = Path(file.filename or "").suffix.lower()
    if suffix not in ALLOWED_SUFFIXES:
        raise HTTPException(415, "Documents must be PDF or image files.")
    stored_name = f"{owner.next_document_seq()}{suffix}"
    store.save(owner.licence_number, file, stored_name)
    return {"document": stored_name}


@router.get("/{name}")
def download(name: str, owner: CurrentOwner = Depends(current_owner)) -> FileResponse:
    path = store.path_for(owner.licence_number, Path(name).name)
    if not path.is_file():
        raise HTTPException(404, "No such document.")
    return FileResponse(path)


@router.delete("")
def remove(document: str, owner: CurrentOwner = Depends(current_owner)) -> dict:
    if not store.delete(owner.licence_number, document):
        raise HTTPException(404, "No such document.")
    return {"deleted": document}
