"""Serve generated historian CSV exports to authenticated engineers via FastAPI."""
from __future__ import annotations

import os
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from .auth import require_engineer

router = APIRouter(prefix="/historian/exports", dependencies=[Depends(require_engineer)])

EXPORT_ROOT = Path(os.environ.get("HISTORIAN_EXPORT_ROOT", "/srv/gaspipe/exports")).resolve()


class ExportLocator:
    def __init__(self, root: Path = EXPORT_ROOT, suffix: str = ".csv") -> None:
        self.root = root
        self.suffix = suffix

    def locate(self, station: str, filename: str) -> Path:
        candidate = (self.root / station / filename).resolve()
        if not candidate.is_relative_to(self.root) or candidate.suffix != self.suffix:
            raise HTTPException(status_code=404, detail="export not found")
        if not candidate.is_file():
            raise HTTPException(status_code=404, detail="export not found")
        return candidate

    def listing(self, station: str) -> list[str]:
        folder = (self.root / station).resolve()
        if not folder.is_relative_to(self.root) or not folder.is_dir():
            return []
        return sorted(p.name for p in folder.glob(f"*{self.suffix}"))


locator = ExportLocator()


@router.get("/{station}")
def list_exports(station: str) -> dict:
    return {"station": station, "files": locator.listing(station)}


@router.get("/{station}/{filename}")
def download_export(station: str, filename: str) -> FileResponse:
    path = locator.locate(station, filename)
    return FileResponse(path, media_type="text/csv", filename=path.name)
