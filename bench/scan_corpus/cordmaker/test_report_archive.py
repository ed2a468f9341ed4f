"""Serve archived test-rig reports (CSV and force curves) to QA staff."""
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from cordmaker.auth import require_qa_staff
from cordmaker.settings import RIG_REPORT_DIR

router = APIRouter(prefix="/qa/reports", dependencies=[Depends(require_qa_staff)])

REPORT_ROOT = Path(RIG_REPORT_DIR).resolve()
MEDIA_TYPES = {".csv": "text/csv", ".png": "image/png", ".json": "application/json"}


def resolve_report(relative: str) -> Path:
    candidate = (REPORT_ROOT / relative).resolve()
    if not candidate.is_relative_to(REPORT_ROOT):
        raise HTTPException(status_code=400, detail="invalid report path")
    if candidate.suffix not in MEDIA_TYPES or not candidate.is_file():
        raise HTTPException(status_code=404, detail="report not found")
    return candidate


@router.get("/{relative:path}")
async def get_report(relative: str) -> FileResponse:
    path = resolve_report(relative)
    return FileResponse(path, media_type=MEDIA_TYPES[path.suffix], filename=path.name)


@router.get("")
async def index(batch: str = "") -> dict:
    pattern = f"{batch}*/*" if batch.isalnum() else "*/*"
    files = [
        str(p.relative_to(REPORT_ROOT))
        for p in REPORT_ROOT.glob(pattern)
        if p.suffix in MEDIA_TYPES
    ]
    return {"reports": sorted(files)[:500]}
