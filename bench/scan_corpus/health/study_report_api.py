"""Research portal endpoints for downloading generated study reports."""
import os
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import FileResponse

from .auth import current_user
from .access import can_view_study

router = APIRouter(prefix="/studies", tags=["reports"])
REPORT_ROOT = Path(os.environ.get("REPORT_ROOT", "/srv/research/reports")).resolve()


def _report_path(study_id: int, name: str) -> Path:
    study_dir = (REPORT_ROOT / str(study_id)).resolve()
    candidate = (study_dir / name).resolve()
    if not candidate.is_relative_to(study_dir) or not candidate.is_file():
        raise HTTPException(404, "report not found")
    return candidate


@router.get("/{study_id}/reports")
def list_reports(study_id: int, user=Depends(current_user)):
    if not can_view_study(user, study_id):
        raise HTTPException(403)
    folder = REPORT_ROOT / str(study_id)
    return sorted(p.name for p in folder.glob("*.pdf")) if folder.is_dir() else []


@router.get("/{study_id}/reports/download")
def download_report(study_id: int, file: str = Query("summary.pdf"), user=Depends(current_user)):
    if not can_view_study(user, study_id):
        raise HTTPException(403)
    path = _report_path(study_id, file)
    return FileResponse(path, filename=path.name, media_type="application/pdf")
