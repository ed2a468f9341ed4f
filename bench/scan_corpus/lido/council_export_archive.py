"""Admin management of the monthly council export CSVs.

Exports are written nightly into the export directory; admins can list them,
download one, or delete one that has been superseded.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from .deps import require_admin

log = logging.getLogger(__name__)
router = APIRouter(prefix="/admin/exports", dependencies=[Depends(require_admin)])


@dataclass
class ExportFile:
    name: str
    size: int
    created: datetime


class ExportArchive:
    def __init__(self, root: Path) -> None:
        self.root = root.resolve()

    def listing(self) -> list[ExportFile]:
        out = []
        for p in sorted(self.root.glob("*.csv")):
            st = p.stat()
            out.append(ExportFile(p.name, st.st_size, datetime.fromtimestamp(st.st_mtime)))
        return out

    def locate(self, name: str) -> Path:
        candidate = (self.root / name).resolve()
        if not candidate.is_relative_to(self.root) or candidate.parent != self.root:
            raise HTTPException(status_code=400, detail="invalid export name")
        if candidate.suffix != ".csv" or not candidate.is_file():
            raise HTTPException(status_code=404, detail="no such export")
        return candidate

    def delete(self, name: str) -> None:
        target = self.locate(name)
        target.unlink()
        log.info("Deleted council export %s", target.name)


def get_archive() -> ExportArchive:
    from .settings import settings

    return ExportArchive(Path(settings.export_dir))


@router.get("/")
def list_exports(archive: ExportArchive = Depends(get_archive)):
    return [f.__dict__ for f in archive.listing()]


@router.get("/{name}")
def download_export(name: str, archive: ExportArchive = Depends(get_archive)):
    path = archive.locate(name)
    return FileResponse(path, media_type="text/csv", filename=path.name)


@router.delete("/{name}")
def delete_export(name: str, archive: ExportArchive = Depends(get_archive)):
    archive.delete(name)
    return {"deleted": name}
