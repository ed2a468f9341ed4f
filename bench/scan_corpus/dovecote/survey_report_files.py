"""Serve published condition-survey reports to the buildings committee.

Reports are PDFs and appendices arranged by structure, e.g.
reports/great-dovecote/2023-quinquennial.pdf
"""
from __future__ import annotations

import logging
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

log = logging.getLogger("surveys.reports")
router = APIRouter(prefix="/reports")

REPORT_ROOT = Path("/srv/estate/surveys/reports").resolve()
ALLOWED_SUFFIXES = {".pdf", ".jpg", ".png", ".xlsx"}


def committee_member():
    from estate.auth import require_role

    return require_role("buildings_committee")


def locate(relative: str, root: Path = REPORT_ROOT) -> Path:
    candidate = (root / relative).resolve()
    if not candidate.is_relative_to(root):
        raise HTTPException(status_code=404)
    if candidate.suffix.lower() not in ALLOWED_SUFFIXES or not candidate.is_file():
        raise HTTPException(status_code=404)
    return candidate


@router.get("/{relative:path}")
def get_report(relative: str, member=Depends(committee_member)) -> FileResponse:
    path = locate(relative)
    log.info("Committee member %s opened %s", member.id, path.relative_to(REPORT_ROOT))
    return FileResponse(path, filename=path.name)


@router.get("/")
def index(member=Depends(committee_member)) -> dict:
    items = []
    for structure in sorted(p for p in REPORT_ROOT.iterdir() if p.is_dir()):
        docs = [
            f.name for f in sorted(structure.iterdir())
            if f.is_file() and f.suffix.lower() in ALLOWED_SUFFIXES
        ]
        items.append({"structure": structure.name, "documents": docs})
    return {"structures": items}
