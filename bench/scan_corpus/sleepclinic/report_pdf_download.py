"""Download endpoint for signed sleep study report PDFs.

Reports are rendered into a per-year folder of the archive. Staff request a
report by its relative path as shown in the archive listing; the resolved path
must stay inside the archive root.
"""
from __future__ import annotations

import os
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException, Query
from fastapi.responses import FileResponse

from .auth import StaffUser, require_staff

app = FastAPI(title="Signed reports")

ARCHIVE_ROOT = Path(os.environ["REPORT_ARCHIVE_DIR"]).resolve()


class ReportLocator:
    def __init__(self, root: Path = ARCHIVE_ROOT) -> None:
        self.root = root

    def resolve(self, relative: str) -> Path:
        candidate = (self.root / relative).resolve()
        if not candidate.is_relative_to(self.root):
            raise HTTPException(status_code=404, detail="report not found")
        if candidate.suffix != ".pdf" or not candidate.is_file():
            raise HTTPException(status_code=404, detail="report not found")
        return candidate

    def listing(self, year: int) -> list[str]:
        folder = self.root / f"{year:04d}"
        if not folder.is_dir():
            return []
        return sorted(str(p.relative_to(self.root)) for p in folder.glob("*.pdf"))


def get_locator() -> ReportLocator:
    return ReportLocator()


@app.get("/reports/{year}")
def list_year(
    year: int,
    user: StaffUser = Depends(require_staff),
    locator: ReportLocator = Depends(get_locator),
) -> dict:
    return {"reports": locator.listing(year)}


@app.get("/report")
def download(
    path: str = Query(..., max_length=255),
    user: StaffUser = Depends(require_staff),
    locator: ReportLocator = Depends(get_locator),
) -> FileResponse:
    pdf = locator.resolve(path)
    return FileResponse(pdf, media_type="application/pdf", filename=pdf.name)
