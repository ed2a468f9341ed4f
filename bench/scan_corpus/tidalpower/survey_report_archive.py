"""Serve acoustic monitoring reports from the survey archive."""

from __future__ import annotations

import os
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import FileResponse

router = APIRouter(prefix="/acoustic")


class ArchiveRoot:
    """Maps a requested relative path onto the report archive directory."""

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root).resolve()

    def locate(self, relative: str) -> Path:
        candidate = (self.root / relative).resolve()
        if not candidate.is_relative_to(self.root):
            raise PermissionError(relative)
        return candidate


def archive() -> ArchiveRoot:
    return ArchiveRoot(os.environ.get("ACOUSTIC_REPORT_ROOT", "/srv/survey/acoustic"))


def _media_type(path: Path) -> str:
    return {
        ".pdf": "application/pdf",
        ".wav": "audio/wav",
        ".csv": "text/csv",
    }.get(path.suffix.lower(), "application/octet-stream")


@router.get("/reports")
def fetch_report(
    path: str = Query(..., min_length=1, max_length=255),
    store: ArchiveRoot = Depends(archive),
) -> FileResponse:
    try:
        target = store.locate(path)
    except PermissionError:
        raise HTTPException(status_code=400, detail="invalid report path")
    if not target.is_file():
        raise HTTPException(status_code=404, detail="report not found")
    return FileResponse(target, media_type=_media_type(target), filename=target.name)


@router.get("/reports/index")
def index(store: ArchiveRoot = Depends(archive)) -> dict[str, list[str]]:
    files = [
        p.relative_to(store.root).as_posix()
        for p in store.root.rglob("*")
        if p.is_file() and not p.name.startswith(".")
    ]
    return {"reports": sorted(files)}
