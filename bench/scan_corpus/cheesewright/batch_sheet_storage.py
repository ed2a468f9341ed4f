"""Storage of vat room make sheet scans uploaded from the dairy tablet."""
from __future__ import annotations

import re
from pathlib import Path

from fastapi import APIRouter, File, HTTPException, UploadFile
from fastapi.responses import FileResponse

from cheesewright.settings import get_settings

router = APIRouter(prefix="/batch-sheets")

BATCH_CODE = re.compile(r"^[A-Z]{2}\d{4}-\d{2}$")


def storage_root() -> Path:
    return Path(get_settings().make_sheet_root).resolve()


def contained_path(batch_code: str, filename: str) -> Path:
    if not BATCH_CODE.match(batch_code):
        raise HTTPException(status_code=400, detail="malformed batch code")
    root = storage_root()
    candidate = (root / batch_code / filename).resolve()
    if not candidate.is_relative_to(root / batch_code):
        raise HTTPException(status_code=400, detail="invalid file name")
    return candidate


@router.put("/{batch_code}")
async def upload_sheet(batch_code: str, file: UploadFile = File(...)):
    target = contained_path(batch_code, file.filename or "sheet.pdf")
    if target.suffix.lower() != ".pdf":
        raise HTTPException(status_code=415, detail="make sheets must be PDF")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(await file.read())
    return {"stored": target.name}


@router.get("/{batch_code}/{filename}")
async def fetch_sheet(batch_code: str, filename: str):
    target = contained_path(batch_code, filename)
    if not target.is_file():
        raise HTTPException(status_code=404, detail="no such sheet")
    return FileResponse(target, media_type="application/pdf", filename=target.name)
