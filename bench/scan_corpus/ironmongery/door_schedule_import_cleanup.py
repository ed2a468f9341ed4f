"""Staging area for uploaded door hardware schedules.

Architects' schedules arrive as XLSX/CSV uploads and sit in a staging
directory until an estimator imports or discards them.
"""
from __future__ import annotations

import logging
import os
from pathlib import Path

from fastapi import APIRouter, HTTPException
from pydantic import BaseModel

log = logging.getLogger(__name__)

router = APIRouter(prefix="/schedule-imports")

STAGING_DIR = Path(os.environ.get("SCHEDULE_STAGING_DIR", "/var/lib/ironmongery/schedule-staging"))
ALLOWED_SUFFIXES = {".xlsx", ".csv"}


class DiscardRequest(BaseModel):
    filenames: list[str]


def _staged_path(filename: str) -> Path:
    return STAGING_DIR / filename


def list_staged() -> list[dict]:
    return [
        {"name": p.name, "bytes": p.stat().st_size}
        for p in sorted(STAGING_DIR.iterdir())
        if p.is_file() and p.suffix.lower() in ALLOWED_SUFFIXES
    ]


@router.get("/")
def staged_files():
    return {"files": list_staged()}


@router.post("/discard")
def discard(req: DiscardRequest):
    removed, missing = [], []
    for name in req.filenames:
        path = _staged_path(name)
        if not path.is_file():
            missing.append(name)
            continue
        path.unlink()
        removed.append(name)
    log.info("Discarded %d staged schedules", len(removed))
    if missing and not removed:
        raise HTTPException(status_code=404, detail={"missing": missing})
    return {"removed": removed, "missing": missing}
