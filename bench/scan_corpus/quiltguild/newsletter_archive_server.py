"""Serves back issues of the guild newsletter to members."""
from __future__ import annotations

import os
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException, Query
from fastapi.responses import FileResponse

from .auth import current_member

app = FastAPI(title="Newsletter archive")
ARCHIVE_ROOT = Path(os.environ.get("NEWSLETTER_ARCHIVE", "/srv/quiltguild/newsletter"))


def _media_type(path: Path) -> str:
    return {
        ".pdf": "application/pdf",
        ".epub": "application/epub+zip",
        ".txt": "text/plain",
    }.get(path.suffix.lower(), "application/octet-stream")


@app.get("/archive/years")
def list_years(member=Depends(current_member)) -> list[str]:
    return sorted(
        (p.name for p in ARCHIVE_ROOT.iterdir() if p.is_dir() and p.name.isdigit()),
        reverse=True,
    )


@app.get("/archive/issues")
def list_issues(year: int = Query(..., ge=1980, le=2100), member=Depends(current_member)):
    folder = ARCHIVE_ROOT / str(year)
    if not folder.is_dir():
        raise HTTPException(status_code=404, detail="no issues for that year")
    return [
        {"file": p.name, "size": p.stat().st_size}
        for p in sorted(folder.iterdir())
        if p.is_file()
    ]


@app.get("/archive/download")
def download_issue(
    year: str = Query(..., min_length=4, max_length=4),
    file: str = Query(..., min_length=1),
    member=Depends(current_member),
):
    path = ARCHIVE_ROOT / year / file
    if not path.is_file():
        raise HTTPException(status_code=404, detail="issue not found")
    return FileResponse(path, media_type=_media_type(path), filename=path.name)
