"""Download service for archived sleep study reports.

Interpreting physicians sign reports in the reporting tool, which renders a
PDF into the report archive. The clinic intranet lists the archive and lets
staff fetch a report by its file name.
"""
from __future__ import annotations

import os
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException, Query
from fastapi.responses import FileResponse

from .auth import StaffUser, require_staff

app = FastAPI(title="Report archive")


class ReportArchive:
    def __init__(self, root: str) -> None:
        self.root = Path(root)

    def listing(self) -> list[str]:
        return sorted(p.name for p in self.root.glob("*.pdf"))

    def path_for(self, name: str) -> Path:
        return self.root / name

    def exists(self, name: str) -> bool:
        return self.path_for(name).is_file()


_archive = ReportArchive(os.environ["REPORT_ARCHIVE_DIR"])


def get_archive() -> ReportArchive:
    return _archive


@app.get("/reports")
def list_reports(
    user: StaffUser = Depends(require_staff),
    archive: ReportArchive = Depends(get_archive),
) -> dict:
    return {"reports": archive.listing()}


@app.get("/reports/download")
def download_report(
    name: str = Query(..., min_length=5, max_length=200),
    user: StaffUser = Depends(require_staff),
    archive: ReportArchive = Depends(get_archive),
) -> FileResponse:
    if not name.endswith(".pdf"):
        raise HTTPException(status_code=400, detail="only PDF reports can be downloaded")
    if not archive.exists(name):
        raise HTTPException(status_code=404, detail="report not found")
    return FileResponse(
        archive.path_for(name),
        media_type="application/pdf",
        filename=Path(name).name,
    )
