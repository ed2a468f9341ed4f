"""Serve archived survey PDFs to insurers' loss adjusters.

Archived reports are grouped by year; adjusters request them by the relative
path shown in the archive index.
"""
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from shipwright.auth import require_adjuster
from shipwright.config import settings

router = APIRouter(prefix="/archive", dependencies=[Depends(require_adjuster)])


def archive_root() -> Path:
    return Path(settings.survey_archive_dir).resolve()


def resolve_report(relative: str) -> Path:
    root = archive_root()
    candidate = (root / relative).resolve()
    if not candidate.is_relative_to(root) or candidate.suffix.lower() != ".pdf":
        raise HTTPException(404, "No such report")
    if not candidate.is_file():
        raise HTTPException(404, "No such report")
    return candidate


@router.get("/reports/{relative:path}")
async def archived_report(relative: str):
    report = resolve_report(relative)
    return FileResponse(report, media_type="application/pdf", filename=report.name)


@router.get("/years/{year}")
async def archive_index(year: int):
    folder = archive_root() / str(year)
    if not folder.is_dir():
        return {"year": year, "reports": []}
    return {
        "year": year,
        "reports": sorted(str(p.relative_to(archive_root())) for p in folder.rglob("*.pdf")),
    }
