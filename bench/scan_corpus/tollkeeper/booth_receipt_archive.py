"""Retrieval of archived booth cash receipts.

Each booth terminal uploads a scanned copy of its end-of-shift cash
receipt. Supervisors fetch them by the file name shown in the shift record.
"""
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from tollkeeper.auth import require_role
from tollkeeper.config import settings

router = APIRouter(prefix="/supervisor/receipts")


class ReceiptArchive:
    def __init__(self, root: str = settings.RECEIPT_ARCHIVE_ROOT):
        self.root = Path(root).resolve()

    def locate(self, plaza_code: str, file_name: str) -> Path:
        candidate = (self.root / plaza_code / file_name).resolve()
        if not candidate.is_relative_to(self.root):
            raise PermissionError(file_name)
        return candidate


archive = ReceiptArchive()


@router.get("/{plaza_code}/{file_name}")
async def get_receipt(plaza_code: str, file_name: str, user=Depends(require_role("supervisor"))):
    try:
        path = archive.locate(plaza_code, file_name)
    except PermissionError:
        raise HTTPException(status_code=400, detail="invalid receipt name")
    if not path.is_file():
        raise HTTPException(status_code=404)
    return FileResponse(path, media_type="application/pdf", filename=path.name)


@router.delete("/{plaza_code}/{file_name}")
async def delete_receipt(plaza_code: str, file_name: str, user=Depends(require_role("supervisor"))):
    try:
        path = archive.locate(plaza_code, file_name)
    except PermissionError:
        raise HTTPException(status_code=400, detail="invalid receipt name")
    path.unlink(missing_ok=True)
    return {"deleted": path.name}
