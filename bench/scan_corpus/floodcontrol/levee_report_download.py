"""Download endpoints for levee inspection report PDFs."""

import os
from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()


class ReportLibrary:
    def __init__(self, root: str | os.PathLike) -> None:
        self.root = Path(root).resolve()

    def _contained(self, relative: str) -> Path:
        candidate = (self.root / relative).resolve()
        if not candidate.is_relative_to(self.root):
            raise HTTPException(status_code=404, detail="not found")
        return candidate

    def report(self, relative: str) -> Path:
        path = self._contained(relative)
        if not path.is_file() or path.suffix.lower() != ".pdf":
            raise HTTPException(status_code=404, detail="report not found")
        return path

    def section_folder(self, section_id: str) -> Path:
        folder = self._contained(section_id)
        if not folder.is_dir():
            raise HTTPException(status_code=404, detail="section not found")
        return folder


library = ReportLibrary(os.environ.get("LEVEE_REPORT_ROOT", "/srv/levee/reports"))


@app.get("/reports/{relative:path}")
def download_report(relative: str) -> FileResponse:
    path = library.report(relative)
    return FileResponse(path, media_type="application/pdf", filename=path.name)


@app.get("/sections/{section_id}/reports")
def list_reports(section_id: str) -> list[str]:
    return sorted(p.name for p in library.section_folder(section_id).glob("*.pdf"))
