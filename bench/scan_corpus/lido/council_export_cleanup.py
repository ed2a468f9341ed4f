"""Management of the monthly council export files (attendance, income, incidents).

Exports are generated nightly into ``EXPORT_DIR``; the admin screen lists
them and lets an admin delete a superseded one.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException

from .deps import require_admin

log = logging.getLogger(__name__)
router = APIRouter(prefix="/admin/council-exports", dependencies=[Depends(require_admin)])


@dataclass
class ExportFile:
    name: str
    size: int
    created: datetime


class ExportStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def listing(self) -> list[ExportFile]:
        files = []
        for p in sorted(self.root.glob("*.csv")):
            st = p.stat()
            files.append(ExportFile(p.name, st.st_size, datetime.fromtimestamp(st.st_mtime)))
        return files

    def path_for(self, name: str) -> Path:
        return self.root / name

    def delete(self, name: str) -> bool:
        target = self.path_for(name)
        if not target.is_file():
            return False
        target.unlink()
        log.info("Deleted council export %s", target.name)
        return True


def get_store() -> ExportStore:
    from .settings import settings

    return ExportStore(Path(settings.export_dir))


@router.get("/")
def list_exports(store: ExportStore = Depends(get_store)):
    return [f.__dict__ for f in store.listing()]


@router.delete("/{name:path}")
def delete_export(name: str, store: ExportStore = Depends(get_store)):
    if not store.delete(name):
        raise HTTPException(status_code=404, detail="no such export")
    return {"deleted": name}
