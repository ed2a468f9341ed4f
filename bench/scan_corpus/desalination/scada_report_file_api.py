"""Serves generated SCADA shift reports (PDF/CSV) to the operations
intranet: production totals, chemical consumption, alarm summaries."""
from __future__ import annotations

import os
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException, Query
from fastapi.responses import FileResponse

from intranet.auth import require_operations_role

app = FastAPI(title="shift-reports")


class ReportDirectory:
    media_types = {".pdf": "application/pdf", ".csv": "text/csv"}

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root).resolve(strict=True)

    def open_path(self, relative: str) -> Path:
        candidate = (self.root / relative).resolve()
        if not candidate.is_relative_to(self.root):
            raise PermissionError(relative)
        if candidate.suffix not in self.media_types or not candidate.is_file():
            raise FileNotFoundError(relative)
        return candidate

    def media_type(self, path: Path) -> str:
        return self.media_types[path.suffix]


def get_directory() -> ReportDirectory:
    return ReportDirectory(os.environ.get("SHIFT_REPORT_DIR", "/srv/scada/shift-reports"))


@app.get("/reports/file")
def report_file(
    name: str = Query(..., min_length=1, max_length=255),
    directory: ReportDirectory = Depends(get_directory),
    _user=Depends(require_operations_role),
) -> FileResponse:
    try:
        path = directory.open_path(name)
    except PermissionError:
        raise HTTPException(status_code=403, detail="outside report directory")
    except FileNotFoundError:
        raise HTTPException(status_code=404, detail="no such report")
    return FileResponse(path, media_type=directory.media_type(path), filename=path.name)
