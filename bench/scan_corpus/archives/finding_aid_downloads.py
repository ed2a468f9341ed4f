"""Download endpoint for PDF finding aids published on the catalogue site."""

from __future__ import annotations

import os
from pathlib import Path

from fastapi import APIRouter, HTTPException
from fastapi.responses import FileResponse

router = APIRouter(prefix="/finding-aids")

FINDING_AID_ROOT = Path(os.environ.get("FINDING_AID_ROOT", "/srv/archive/finding-aids")).resolve()


def _resolve_within_root(relative: str) -> Path:
    candidate = (FINDING_AID_ROOT / relative).resolve()
    if not candidate.is_relative_to(FINDING_AID_ROOT):
        raise HTTPException(status_code=404, detail="not found")
    return candidate


@router.get("/{series}/{filename:path}")
def download_finding_aid(series: str, filename: str) -> FileResponse:
    path = _resolve_within_root(f"{series}/{filename}")
    if path.suffix.lower() != ".pdf" or not path.is_file():
        raise HTTPException(status_code=404, detail="not found")
    return FileResponse(path, media_type="application/pdf", filename=path.name)
