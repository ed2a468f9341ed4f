"""Endpoints for managing generated perching-inspection PDF reports.

Reports are generated per lot; quality staff can delete a superseded one
after a piece has been re-inspected.
"""
import os
from datetime import datetime, timezone
from typing import List

from fastapi import APIRouter, Depends, HTTPException, Query
from pydantic import BaseModel

from .auth import require_quality_staff

router = APIRouter(prefix="/inspection-reports")

REPORT_ROOT = os.environ.get("FULLER_REPORT_ROOT", "/srv/fuller/inspection-reports")


class ReportInfo(BaseModel):
    name: str
    size_bytes: int
    modified: datetime


def _lot_dir(lot_no: str) -> str:
    return os.path.join(REPORT_ROOT, lot_no.upper())


@router.get("/{lot_no}", response_model=List[ReportInfo])
def list_reports(lot_no: str, user=Depends(require_quality_staff)):
    folder = _lot_dir(lot_no)
    if not os.path.isdir(folder):
        return []
    out = []
    for entry in os.scandir(folder):
        if entry.is_file() and entry.name.endswith(".pdf"):
            st = entry.stat()
            out.append(ReportInfo(
                name=entry.name,
                size_bytes=st.st_size,
                modified=datetime.fromtimestamp(st.st_mtime, tz=timezone.utc),
            ))
    return sorted(out, key=lambda r: r.modified, reverse=True)


@router.delete("/{lot_no}", status_code=204)
def delete_report(lot_no: str, name: str = Query(..., description="Report file name"),
                  user=Depends(require_quality_staff)):
    target = os.path.join(_lot_dir(lot_no), name)
    try:
        os.remove(target)
    except FileNotFoundError:
        raise HTTPException(status_code=404, detail="report not found")
