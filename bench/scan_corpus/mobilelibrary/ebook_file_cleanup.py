"""Staff endpoint to purge withdrawn e-book files from the lending store.

When a licence expires the collections team marks the files to remove from
the tablet's admin screen; the tablet posts the file names here.
"""
from __future__ import annotations

import logging
import os
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, Field

from .staff_auth import require_role

log = logging.getLogger(__name__)
router = APIRouter(prefix="/admin/ebooks", tags=["ebooks"])

EBOOK_STORE = Path(os.environ.get("EBOOK_STORE", "/srv/mobilelibrary/ebooks"))
ALLOWED_SUFFIXES = {".epub", ".pdf", ".acsm"}


class PurgeRequest(BaseModel):
    files: list[str] = Field(..., min_length=1, max_length=200)
    reason: str = Field("licence expired", max_length=200)


class PurgeResult(BaseModel):
    removed: list[str]
    missing: list[str]


@router.post("/purge", response_model=PurgeResult)
def purge_files(req: PurgeRequest, staff=Depends(require_role("collections"))) -> PurgeResult:
    removed: list[str] = []
    missing: list[str] = []
    for name in req.files:
        if Path(name).suffix.lower() not in ALLOWED_SUFFIXES:
            raise HTTPException(status_code=400, detail=f"unsupported file type: {name}")
        target = EBOOK_STORE / name
        try:
            target.unlink()
        except FileNotFoundError:
            missing.append(name)
            continue
        removed.append(name)
    log.info("staff %s purged %d e-book files (%s)", staff.username, len(removed), req.reason)
    return PurgeResult(removed=removed, missing=missing)


@router.get("/store-usage")
def store_usage(staff=Depends(require_role("collections"))) -> dict:
    total = 0
    count = 0
    for path in EBOOK_STORE.rglob("*"):
        if path.is_file() and path.suffix.lower() in ALLOWED_SUFFIXES:
            total += path.stat().st_size
            count += 1
    return {"files": count, "bytes": total}
