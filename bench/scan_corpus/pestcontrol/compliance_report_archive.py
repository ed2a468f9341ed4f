"""Archive of generated compliance reports (state inspections, food-safety audits)."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, Query, UploadFile
from fastapi.responses import FileResponse

from .auth import require_compliance_officer
from .settings import get_settings

router = APIRouter(prefix="/compliance/archive", dependencies=[Depends(require_compliance_officer)])


@dataclass
class ArchivedReport:
    name: str
    size: int
    modified: datetime


class ReportArchive:
    def __init__(self, root: Path):
        self.root = root
        self.root.mkdir(parents=True, exist_ok=True)

    def _path_for(self, name: str) -> Path:
        return self.root / name

    def list(self) -> list[ArchivedReport]:
        out = []
        for p in sorted(self.root.glob("*.pdf")):
            st = p.stat()
            out.append(ArchivedReport(p.name, st.st_size,
                                      datetime.fromtimestamp(st.st_mtime, timezone.utc)))
        return out

    def store(self, upload: UploadFile) -> str:
        name = f"{datetime.now(timezone.utc):%Y%m%d%H%M%S}-{Path(upload.filename or 'report').stem}.pdf"
        with (self.root / Path(name).name).open("wb") as out:
            shutil.copyfileobj(upload.file, out)
        return name

    def open(self, name: str) -> Path:
        return self._path_for(name)

    def remove(self, name: str) -> bool:
        path = self._path_for(name)
        if not path.is_file():
            return False
        path.unlink()
        return True


def get_archive() -> ReportArchive:
    return ReportArchive(Path(get_settings().compliance_archive_dir))


@router.get("")
def list_reports(archive: ReportArchive = Depends(get_archive)) -> list[ArchivedReport]:
    return archive.list()


@router.post("")
def upload_report(file: UploadFile, archive: ReportArchive = Depends(get_archive)) -> dict:
    return {"name": archive.store(file)}


@router.get("/file")
def fetch_report(name: str = Query(...), archive: ReportArchive = Depends(get_archive)) -> FileResponse:
    path = archive.open(name)
    if not path.is_file():
        raise HTTPException(404)
    return FileResponse(path, media_type="application/pdf")


@router.delete("/file")
def delete_report(name: str = Query(...), archive: ReportArchive = Depends(get_archive)) -> dict:
    if not archive.remove(name):
        raise HTTPException(404)
    return {"deleted": name}
