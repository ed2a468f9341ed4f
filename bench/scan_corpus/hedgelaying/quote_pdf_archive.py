"""Serves archived quote PDFs to the office staff.

Quotes are rendered to PDF when sent and filed by year under
``ARCHIVE_DIR/<year>/``. The office front end lists them and lets staff
open a past quote when a landowner rings about it.
"""
from __future__ import annotations

from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException, Query
from fastapi.responses import FileResponse
from pydantic_settings import BaseSettings

from office_auth import require_office_user


class ArchiveSettings(BaseSettings):
    archive_dir: Path = Path("/srv/hedgeoffice/quotes")
    earliest_year: int = 2012


settings = ArchiveSettings()
app = FastAPI(title="Quote archive")


def _year_dir(year: int) -> Path:
    if year < settings.earliest_year or year > 2100:
        raise HTTPException(status_code=404, detail="no such year")
    return settings.archive_dir / str(year)


@app.get("/quotes/{year}")
def list_quotes(year: int, user=Depends(require_office_user)):
    folder = _year_dir(year)
    if not folder.is_dir():
        return {"quotes": []}
    return {"quotes": sorted(p.name for p in folder.glob("*.pdf"))}


@app.get("/quotes/{year}/file")
def get_quote_pdf(
    year: int,
    name: str = Query(..., min_length=5, max_length=200),
    user=Depends(require_office_user),
):
    if not name.endswith(".pdf"):
        raise HTTPException(status_code=400, detail="only PDF quotes are archived")
    pdf_path = _year_dir(year) / name
    if not pdf_path.is_file():
        raise HTTPException(status_code=404, detail="quote not found")
    return FileResponse(pdf_path, media_type="application/pdf", filename=pdf_path.name)
