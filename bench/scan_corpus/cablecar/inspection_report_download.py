"""Staff-app endpoint serving signed-off inspection PDFs per tower."""

from __future__ import annotations

import os
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from .auth import Operator, require_role

router = APIRouter(prefix="/inspections", tags=["inspections"])

REPORT_ROOT = Path(os.environ.get("INSPECTION_REPORT_ROOT", "/srv/lift/inspections"))
ALLOWED_SUFFIXES = {".pdf", ".png", ".jpg"}


def _tower_dir(tower_no: int) -> Path:
    if not 1 <= tower_no <= 40:
        raise HTTPException(404, "unknown tower")
    return REPORT_ROOT / f"tower_{tower_no:02d}"


def _report_path(tower_no: int, document: str) -> Path:
    return Path(os.path.join(_tower_dir(tower_no), document))


@router.get("/{tower_no}")
def list_reports(tower_no: int, op: Operator = Depends(require_role("technician"))):
    folder = _tower_dir(tower_no)
    if not folder.is_dir():
        return {"tower": tower_no, "documents": []}
    docs = sorted(p.name for p in folder.iterdir() if p.suffix.lower() in ALLOWED_SUFFIXES)
    return {"tower": tower_no, "documents": docs}


@router.get("/{tower_no}/{document:path}")
def download_report(
    tower_no: int,
    document: str,
    op: Operator = Depends(require_role("technician")),
):
    path = _report_path(tower_no, document)
    if path.suffix.lower() not in ALLOWED_SUFFIXES or not path.is_file():
        raise HTTPException(404, "document not found")
    media = "application/pdf" if path.suffix.lower() == ".pdf" else "image/*"
    return FileResponse(path, media_type=media, filename=path.name)
