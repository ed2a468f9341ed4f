"""Download generated inspection reports.

At the end of each season a PDF report is generated per apiary for the
regional bee inspector. Association officers download them by file name.
"""
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from apiary.auth import require_officer
from apiary.settings import REPORT_SETTINGS

router = APIRouter(prefix="/reports", dependencies=[Depends(require_officer)])


def reports_root() -> Path:
    return Path(REPORT_SETTINGS["output_dir"]).resolve()


def resolve_report(season: int, filename: str) -> Path:
    base = (reports_root() / str(season)).resolve()
    candidate = (base / filename).resolve()
    if not candidate.is_relative_to(base) or candidate.suffix != ".pdf":
        raise HTTPException(status_code=404, detail="report not found")
    if not candidate.is_file():
        raise HTTPException(status_code=404, detail="report not found")
    return candidate


@router.get("/{season}")
async def list_reports(season: int) -> list[str]:
    folder = reports_root() / str(season)
    if not folder.is_dir():
        return []
    return sorted(p.name for p in folder.glob("*.pdf"))


@router.get("/{season}/{filename}")
async def download_report(season: int, filename: str) -> FileResponse:
    path = resolve_report(season, filename)
    return FileResponse(path, media_type="application/pdf", filename=path.name)
