"""Lets office staff open archived quote PDFs.

Quotes are filed by year under ``ARCHIVE_DIR/<year>/`` when they are
sent. The requested file name is resolved and must stay inside the
archive folder for that year.
"""
from __future__ import annotations

from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException, Query
from fastapi.responses import FileResponse
from pydantic_settings import BaseSettings

from office_auth import require_office_user


class ArchiveSettings(BaseSettings):
    archive_dir: Path = Path("/srv/hedgeoffice/quotes")


settings = ArchiveSettings()
app = FastAPI(title="Quote archive reader")


def confined_path(base: Path, name: str) -> Path:
    base = base.resolve()
    candidate = (base / name).resolve()
    if not candidate.is_relative_to(base):
        raise HTTPException(status_code=404, detail="quote not found")
    return candidate


@app.get("/archive/{year}")
def archived_quotes(year: int, user=Depends(require_office_user)):
    folder = settings.archive_dir / str(year)
    if not folder.is_dir():
        return {"quotes": []}
    return {"quotes": sorted(p.name for p in folder.glob("*.pdf"))}


@app.get("/archive/{year}/pdf")
def archived_quote_pdf(
    year: int,
    name: str = Query(..., min_length=5, max_length=200),
    user=Depends(require_office_user),
):
    if not name.endswith(".pdf"):
        raise HTTPException(status_code=400, detail="only PDF quotes are archived")
    pdf_path = confined_path(settings.archive_dir / str(year), name)
    if not pdf_path.is_file():
        raise HTTPException(status_code=404, detail="quote not found")
    return FileResponse(pdf_path, media_type="application/pdf", filename=pdf_path.name)
