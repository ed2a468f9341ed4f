"""Download endpoint for back issues and inserts of the guild newsletter."""
from __future__ import annotations

import os
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException, Query
from fastapi.responses import FileResponse

from .auth import current_member

app = FastAPI(title="Newsletter issues")


class IssueLibrary:
    def __init__(self, root: str | os.PathLike) -> None:
        self.root = Path(root).resolve()

    def locate(self, relative: str) -> Path:
        candidate = (self.root / relative).resolve()
        if not candidate.is_relative_to(self.root):
            raise PermissionError(relative)
        if not candidate.is_file():
            raise FileNotFoundError(relative)
        return candidate

    def issues_for(self, year: int) -> list[str]:
        folder = self.root / str(year)
        if not folder.is_dir():
            return []
        return sorted(p.name for p in folder.iterdir() if p.is_file())


library = IssueLibrary(os.environ.get("NEWSLETTER_ARCHIVE", "/srv/quiltguild/newsletter"))


@app.get("/issues")
def list_issues(year: int = Query(..., ge=1980, le=2100), member=Depends(current_member)):
    return {"year": year, "files": library.issues_for(year)}


@app.get("/issues/download")
def download_issue(path: str = Query(..., min_length=1, max_length=200), member=Depends(current_member)):
    try:
        target = library.locate(path)
    except PermissionError:
        raise HTTPException(status_code=400, detail="invalid issue path")
    except FileNotFoundError:
        raise HTTPException(status_code=404, detail="issue not found")
    media = "application/pdf" if target.suffix.lower() == ".pdf" else "application/octet-stream"
    return FileResponse(target, media_type=media, filename=target.name)
