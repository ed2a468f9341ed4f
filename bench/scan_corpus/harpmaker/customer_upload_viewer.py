"""Reference files customers upload for a commission (carving sketches, family crests, fonts)."""
from __future__ import annotations

import logging
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from .auth import CurrentCustomer, current_customer
from .settings import settings

log = logging.getLogger("harpmaker.customer_uploads")

router = APIRouter(prefix="/portal/uploads")


class UploadFolder:
    def __init__(self, base: Path, customer_id: int) -> None:
        self.base = (base / f"customer-{customer_id}").resolve()

    def resolve(self, relative: str) -> Path:
        candidate = (self.base / relative).resolve()
        if not candidate.is_relative_to(self.base):
            raise PermissionError(relative)
        return candidate

    def listing(self) -> list[dict]:
        if not self.base.is_dir():
            return []
        return [
            {"name": str(p.relative_to(self.base)), "bytes": p.stat().st_size}
            for p in sorted(self.base.rglob("*"))
            if p.is_file()
        ]


def folder_for(customer: CurrentCustomer = Depends(current_customer)) -> UploadFolder:
    return UploadFolder(Path(settings.customer_upload_root), customer.id)


@router.get("")
def list_uploads(folder: UploadFolder = Depends(folder_for)):
    return folder.listing()


@router.get("/{relative:path}")
def view_upload(relative: str, folder: UploadFolder = Depends(folder_for)):
    try:
        path = folder.resolve(relative)
    except PermissionError:
        log.warning("rejected upload path outside customer folder: %r", relative)
        raise HTTPException(status_code=404)
    if not path.is_file():
        raise HTTPException(status_code=404)
    return FileResponse(path, filename=path.name)


@router.delete("/{relative:path}")
def delete_upload(relative: str, folder: UploadFolder = Depends(folder_for)):
    try:
        path = folder.resolve(relative)
    except PermissionError:
        raise HTTPException(status_code=404)
    if not path.is_file():
        raise HTTPException(status_code=404)
    path.unlink()
    return {"deleted": relative}
